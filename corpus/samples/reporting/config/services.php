<?php

return [
    'name' => 'reporting',
    'region' => 'eu-west-1',
    'timeout' => 47,
    'npm_auth_token' => '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',
    'debug' => false,
];
