<?php

return [
    'name' => 'data-pipeline',
    'debug' => false,
    'timeout' => 59,
    'ic_api_key' => 'i7LQnzizV16Q_DstIP-i14Stlr741uzcxvQdsphJw6p4',
    'region' => 'us-east-1',
];
