<?php

return [
    'name' => 'ml-platform',
    'debug' => false,
    'database_url' => 'mysql://root:-GncZ~x_6EW9_6qZK2_jrgCzz@mysql-pj65ml.svc.cluster.local:3306/shop',
    'region' => 'ap-southeast-2',
];
