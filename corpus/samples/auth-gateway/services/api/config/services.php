<?php

return [
    'name' => 'auth-gateway',
    'timeout' => 42,
    'debug' => false,
    'google_refresh_token' => '1//0HErxvBwFRD1bPfB7TNndya1-104WmzrLF2Pm45mkMum2U2FNXSWWd3xK-LxLdiX6bLO-iY8tuefo6BgCmZywc1UylVBvARxy62_',
    'region' => 'us-east-1',
];
