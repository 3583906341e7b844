<?php

return [
    'name' => 'notifications',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'vault_token' => 's.z8PlcfGz9n7CgL0lDoe1UZOI',
    'timeout' => 24,
];
