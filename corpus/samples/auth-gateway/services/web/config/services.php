<?php

return [
    'name' => 'auth-gateway',
    'debug' => false,
    'postmark_api_token' => 'f111790f-d53c-444e-801c-15d86320e6c0',
    'timeout' => 20,
];
