<?php

return [
    'name' => 'reporting',
    'debug' => false,
    'sentry_auth_token' => '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',
    'timeout' => 60,
    'region' => 'ap-southeast-2',
];
