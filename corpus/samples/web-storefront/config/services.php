<?php

return [
    'name' => 'web-storefront',
    'region' => 'us-east-1',
    'github_token' => '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',
    'debug' => false,
    'timeout' => 29,
];
