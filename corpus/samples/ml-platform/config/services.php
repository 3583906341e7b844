<?php

return [
    'name' => 'ml-platform',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'github_oauth_token' => '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',
    'timeout' => 52,
];
