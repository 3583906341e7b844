<?php

return [
    'name' => 'admin-portal',
    'debug' => false,
    'doppler_token' => 'dp.st.prd.s4iefbutaG0iiotyeJz9WyzkYi4byJQRuY93t5Wj',
    'timeout' => 48,
];
