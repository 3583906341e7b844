<?php

return [
    'name' => 'ops-scripts',
    'region' => 'ap-southeast-2',
    'openai_api_key' => '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',
    'debug' => false,
];
