<?php

return [
    'name' => 'search-indexer',
    'debug' => false,
    'region' => 'eu-west-1',
    'vault_token' => 'hvs.CAESIjyTM-yQRdHITFE2iXMJ9GPgm4cAfTL8Jy-zRVz6MOEERo5JmpjhFRBryaxgPMv619ootKqnHGBX-kIrMXbht8L',
    'timeout' => 14,
];
