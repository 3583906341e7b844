<?php

return [
    'name' => 'reporting',
    'sentry_auth_token' => 'sntrys_eyJpYXQiOjE3MDc1NDM2NjYsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vdXMuc2VudHJ5LmlvIiwib3JnIjoiYWNtZSJ9_qtkPxF1rvQ1L5U6b6c1Zkd-AtdAKj3OiJBSZvww-Tsd',
    'debug' => false,
    'timeout' => 24,
];
