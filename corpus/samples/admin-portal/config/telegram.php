<?php

return [
    'name' => 'admin-portal',
    'timeout' => 59,
    'region' => 'eu-west-1',
    'tg_bot_token' => '221677124:AAuBhhS2NiwfqzdZHQM7YRDcGb1VlplRQnG',
    'debug' => false,
];
