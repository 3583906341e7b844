<?php

return [
    'name' => 'search-indexer',
    'timeout' => 49,
    'razorpay_key_id' => 'rzp_live_MNBtxX3kizkjyn',
    'region' => 'us-east-1',
    'razorpay_key_secret' => 'NyQMFLoOZd1N7uFK4OuMw93c',
    'debug' => false,
];
