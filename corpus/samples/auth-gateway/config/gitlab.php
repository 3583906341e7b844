<?php

return [
    'name' => 'auth-gateway',
    'debug' => false,
    'gitlab_token' => 'glpat-R23YG6kYBWadcTq3v0iyYOopxy6EsUx8g.01.guzowshja',
    'region' => 'us-east-1',
];
