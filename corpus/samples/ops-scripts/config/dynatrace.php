<?php

return [
    'name' => 'ops-scripts',
    'region' => 'us-east-1',
    'timeout' => 39,
    'dt_api_token' => 'dt0c01.ZN7UOOD7SM0W37JVSR1N6QKD.V47MTB7NV4TQYQKR6NMQVSTN56BPA61QHTDAV2U75BYL6ZLD9P5YRXHHYLDTM381',
    'debug' => false,
];
