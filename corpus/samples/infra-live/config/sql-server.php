<?php

return [
    'name' => 'infra-live',
    'region' => 'us-east-1',
    'default_connection' => 'Server=tcp:sql-idgdfp.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=Z1-GapE6aIJYw_l4NZSyw-;Encrypt=True;',
    'timeout' => 37,
    'debug' => false,
];
