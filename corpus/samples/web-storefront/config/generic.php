<?php

return [
    'name' => 'web-storefront',
    'region' => 'us-east-1',
    'service_api_key' => 'a63fe789155535f0c449b55bc9b8e42e',
    'debug' => false,
];
