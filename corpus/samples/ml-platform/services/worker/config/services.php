<?php

return [
    'name' => 'ml-platform',
    'supabase_key' => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1MjYyMzY2IiwiaWF0IjoxNzQ2NDA4NjEyLCJleHAiOjE3Nzc5NDQ2MTIsImlzcyI6InN1cGFiYXNlIiwicmVmIjoidGx1aHJnY2xqYmt1YmN0ZmxidWoiLCJyb2xlIjoic2VydmljZV9yb2xlIn0.HoxYgL7Sl1OV9UQ9Yzl0PQIKVc5EgLYzREIz3mcjLAf',
    'timeout' => 50,
    'debug' => false,
    'region' => 'us-east-1',
];
