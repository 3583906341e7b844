<?php

return [
    'name' => 'data-pipeline',
    'region' => 'us-east-1',
    'encryption_key' => 'd4AGbQrUaCh6MZDspRzr1G9BDMZbkmZJ7mwbQdxeXOM=',
    'timeout' => 55,
];
