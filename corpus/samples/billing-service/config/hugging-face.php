<?php

return [
    'name' => 'billing-service',
    'region' => 'eu-west-1',
    'timeout' => 37,
    'hf_token' => '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',
    'debug' => false,
];
