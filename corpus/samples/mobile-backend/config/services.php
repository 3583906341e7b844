<?php

return [
    'name' => 'mobile-backend',
    'openai_api_key' => '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',
    'debug' => false,
    'timeout' => 24,
];
