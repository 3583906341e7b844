<?php

return [
    'name' => 'ml-platform',
    'smtp_password' => 'Kestrel_Pepper9755',
    'region' => 'us-east-1',
    'debug' => false,
    'timeout' => 44,
];
