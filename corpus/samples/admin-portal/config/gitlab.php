<?php

return [
    'name' => 'admin-portal',
    'oauth_client_secret' => 'gloas-32aa92ad2c6a1197750f7f1a62d2fa4211bd2d92d0fcb910e7bbdef784dd8581',
    'timeout' => 54,
    'debug' => false,
];
