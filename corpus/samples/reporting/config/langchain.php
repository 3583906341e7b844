<?php

return [
    'name' => 'reporting',
    'region' => 'ap-southeast-2',
    'langsmith_api_key' => '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',
    'timeout' => 10,
    'debug' => false,
];
