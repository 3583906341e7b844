<?php

return [
    'name' => 'ml-platform',
    'heroku_token' => 'HRKU-AAn9YweOGPsuA-jlrGZd_vw50FdZqi4ALQl7NYv6k7Y_QK4XhiFma6LYyKSu',
    'debug' => false,
    'region' => 'ap-southeast-2',
];
