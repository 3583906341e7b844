<?php

return [
    'name' => 'ml-platform',
    'hmac_secret' => 'c9af6d5185c7bdc7427994cfcf5a4983323842a5e37671115528410158ed7277',
    'timeout' => 40,
    'region' => 'ap-southeast-2',
];
