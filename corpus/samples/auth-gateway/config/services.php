<?php

return [
    'name' => 'auth-gateway',
    'timeout' => 9,
    'registration_token' => 'GR1348941FuXhj09EbXnbzaDUskZ1',
    'debug' => false,
];
