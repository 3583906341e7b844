<?php

return [
    'name' => 'data-pipeline',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'app_key' => 'base64:te7T0FwkvePcM8cUxSgjOoQotE1CVJ9CK5by0sCGqhM=',
    'timeout' => 33,
];
