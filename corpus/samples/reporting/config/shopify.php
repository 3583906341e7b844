<?php

return [
    'name' => 'reporting',
    'debug' => false,
    'timeout' => 58,
    'shopify_token' => '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',
    'region' => 'us-east-1',
];
