<?php

return [
    'name' => 'mobile-backend',
    'alibaba_cloud_access_key_id' => 'LTAIqb1n7iB9Zqq9lHrz8Grf',
    'timeout' => 43,
    'aliyun_access_key_secret' => 'Pm0F4ppw8Ke4iXJ81SWuR7xB7XbJeA',
    'region' => 'us-east-1',
];
