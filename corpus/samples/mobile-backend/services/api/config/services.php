<?php

return [
    'name' => 'mobile-backend',
    'debug' => false,
    'notion_token' => 'ntn_QTky4exSV8DcH8Z1aQ5qtOQt4wzaRTyJciiLN9HItnIzQa',
    'region' => 'ap-southeast-2',
    'timeout' => 33,
];
