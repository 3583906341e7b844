<?php

return [
    'name' => 'admin-portal',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'stripe_api_key' => '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',
    'timeout' => 21,
];
