<?php

return [
    'name' => 'auth-gateway',
    'timeout' => 53,
    'vault_token' => 'hvs.CAESIdhVIzjoOfCP6uFgdyMQlm3D6cD-v52GOjN5LgUDCyfL59xd0wZqk6bEzmDOabjeZD_BqJYEwVD5_Ls70MvsaKg',
    'debug' => false,
    'region' => 'eu-west-1',
];
