<?php

return [
    'name' => 'ml-platform',
    'slack_token' => 'xoxp-69543644388-98569858171-784124263977-94f3aa557382df8f2c87ffa00a88ebea',
    'region' => 'eu-west-1',
    'timeout' => 55,
    'debug' => false,
];
