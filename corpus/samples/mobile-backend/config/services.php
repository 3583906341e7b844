<?php

return [
    'name' => 'mobile-backend',
    'crates_io_token' => 'cioS3YHnMdDbF2QPBpWzHmpcZc9Diy1UuxO',
    'region' => 'ap-southeast-2',
];
