<?php

return [
    'name' => 'mobile-backend',
    'timeout' => 11,
    'region' => 'us-east-1',
    'gocardless_access_token' => 'live_hJO-aSpCZ__ZuI1-18CqrzVMtN2wqn7G0JCIlOZk',
    'debug' => false,
];
