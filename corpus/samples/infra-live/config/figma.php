<?php

return [
    'name' => 'infra-live',
    'figma_token' => 'figd_kjehMI5XkEivY-0Txm6pZervdU5FfNZFYJJAqYGg',
    'region' => 'ap-southeast-2',
    'debug' => false,
];
