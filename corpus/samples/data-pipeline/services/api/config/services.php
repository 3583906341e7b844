<?php

return [
    'name' => 'data-pipeline',
    'timeout' => 50,
    'openai_api_key' => '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',
    'region' => 'eu-west-1',
    'debug' => false,
];
