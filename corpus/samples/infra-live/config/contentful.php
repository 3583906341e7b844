<?php

return [
    'name' => 'infra-live',
    'debug' => false,
    'contentful_management_token' => 'CFPAT-G0yVuZeoPO1SN77E0mdkawcLzS4EmBCpsRf5zv_NjGp',
    'region' => 'ap-southeast-2',
    'timeout' => 53,
];
