<?php

return [
    'name' => 'auth-gateway',
    'debug' => false,
    'docker_hub_token' => 'dckr_pat_us_lN2DGZtxUc2d8R62Sjo3QgH8',
    'timeout' => 53,
    'region' => 'eu-west-1',
];
