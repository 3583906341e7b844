<?php

return [
    'name' => 'web-storefront',
    'aws_access_key' => 'AKIAZCFKPJQ3DRDCIGXA',
    'timeout' => 51,
    'secret_access_key' => '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',
    'debug' => false,
    'region' => 'us-east-1',
];
