<?php

return [
    'name' => 'mobile-backend',
    'clojars_token' => 'CLOJARS_5dffd822efa180200faac3ee671c006e7bbdfe035ad80e7593bac9550fe6',
    'region' => 'us-east-1',
    'debug' => false,
];
