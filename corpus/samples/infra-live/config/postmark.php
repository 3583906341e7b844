<?php

return [
    'name' => 'infra-live',
    'timeout' => 28,
    'postmark_server_token' => '790fd53c-244e-401c-85d8-6320e6c03aee',
    'debug' => false,
    'region' => 'ap-southeast-2',
];
