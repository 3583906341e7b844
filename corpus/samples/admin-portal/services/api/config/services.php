<?php

return [
    'name' => 'admin-portal',
    'timeout' => 60,
    'fcm_server_key' => 'AAAA4FtSz3t:APA91boc6mX6-70HBN2LsB9Sb-5UEA6MP56fMxfLLhIDfW5JRU4t4k4W0FcYxQeX1kBtCstmivfSRi89FrHJ27atSeLLzdSKA9TsnC6Z4fBUFj-lGZ2Mo7nT2tSu_KX33pNm7_HfMWXe',
    'region' => 'eu-west-1',
];
