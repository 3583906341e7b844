<?php

return [
    'name' => 'reporting',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'launchdarkly_api_token' => 'api-f874cb9e-5e2f-41d6-9251-f0cb6edfde3e',
    'timeout' => 30,
];
