<?php

return [
    'name' => 'search-indexer',
    'debug' => false,
    'dd_app_key' => '6f5e21bae4827062528a886f0ee3522d6d40524e',
    'region' => 'us-east-1',
    'timeout' => 55,
];
