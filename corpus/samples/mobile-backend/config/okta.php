<?php

return [
    'name' => 'mobile-backend',
    'debug' => false,
    'okta_api_token' => '00dP_oIM28n3v1pz_A61Xp_oj8JE9UxGJnt4BROiBa',
    'timeout' => 57,
];
