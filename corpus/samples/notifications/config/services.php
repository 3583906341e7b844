<?php

return [
    'name' => 'notifications',
    'heroku_api_key' => 'HRKU-AAayh4_3BOsuNF2Nok_4g5IUBLqIwN3h9ZnJqraI-N58D9jOzn9YweOGPsuA',
    'timeout' => 52,
    'region' => 'us-east-1',
    'debug' => false,
];
