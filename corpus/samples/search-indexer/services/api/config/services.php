<?php

return [
    'name' => 'search-indexer',
    'region' => 'eu-west-1',
    'timeout' => 15,
    'db_password' => 'Harbor.Lagoon4490',
    'debug' => false,
];
