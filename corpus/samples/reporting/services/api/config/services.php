<?php

return [
    'name' => 'reporting',
    'region' => 'us-east-1',
    'timeout' => 14,
    'db_url' => 'postgresql://app_user:ufNlTqLdIP8HRT8om~VndLibo-@db-2hiwwg.internal.corp:5432/orders',
    'debug' => false,
];
