<?php

return [
    'name' => 'ml-platform',
    'region' => 'us-east-1',
    'timeout' => 41,
    'hugging_face_hub_token' => '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',
    'debug' => false,
];
