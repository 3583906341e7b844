<?php

return [
    'name' => 'reporting',
    'aliyun_access_key_id' => 'LTAI9jjQL0d9i4uIEt3QLBmP',
    'debug' => false,
    'aliyun_access_key_secret' => 'VkfkeMuSbGb5EJwAA5szKUhEsFLaJ4',
    'region' => 'us-east-1',
];
