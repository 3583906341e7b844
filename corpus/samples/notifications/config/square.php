<?php

return [
    'name' => 'notifications',
    'debug' => false,
    'square_access_token' => 'EAAAzGe-DdnC7vbOxmihSsQhnINhx1CJ3jaRpGq4FljcdArq80hQhFfru0S1NTNM',
    'region' => 'eu-west-1',
];
