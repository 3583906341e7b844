<?php

return [
    'name' => 'ml-platform',
    'debug' => false,
    'timeout' => 41,
    'gcloud_access_token' => 'ya29.XYUrJ2NnrZ2rbpSN1Y1F5eJpzlWuyD4ZBrev1cINz2gu2FfqbkH7Nnmpl8cnGnL7dl7vykVDg-Lv4XVedyL_d_ziXZ3uTauVEwH0MKdZT9t6XGHddTfXXhsmdidtFvvTWHRfTtKFfniKPX4cUab5STd',
    'region' => 'us-east-1',
];
