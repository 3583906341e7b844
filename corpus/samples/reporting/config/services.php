<?php

return [
    'name' => 'reporting',
    'debug' => false,
    'timeout' => 17,
    'access_token' => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NzQ5MzQxIiwiaWF0IjoxNzA3MDQwMjczLCJleHAiOjE3MDcwNDM4NzMsInNjb3BlIjoicmVhZCB3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jb3JwLmxhbiJ9.m7S3cfMcJffkeq-dt9GDilDhtZewIuxG3VFHn0-0KMI',
    'region' => 'us-east-1',
];
