<?php

return [
    'name' => 'ml-platform',
    'timeout' => 55,
    'auth_token' => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4OTA0MTc3IiwiaWF0IjoxNzI3OTM4MzUzLCJleHAiOjE3Mjc5NDE5NTMsInNjb3BlIjoicmVhZCB3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jb3JwLmxhbiJ9.bmmWu9GUUvJWXD5JhARnzLbJcfx3USoFo4FawP7ONV-',
    'debug' => false,
];
