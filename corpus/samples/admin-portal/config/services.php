<?php

return [
    'name' => 'admin-portal',
    'secret_key' => '109fbf3bda05b36a0e55bfa0a88ef4f99e88107ea37cccd3513d9e373ee43670',
    'region' => 'eu-west-1',
    'timeout' => 11,
    'debug' => false,
];
