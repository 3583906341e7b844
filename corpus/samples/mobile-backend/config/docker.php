<?php

return [
    'name' => 'mobile-backend',
    'region' => 'us-east-1',
    'docker_org_token' => 'dckr_oat_H6VlOByidXYprlCotQb6IRJkn2wFIrLA',
    'debug' => false,
    'timeout' => 17,
];
