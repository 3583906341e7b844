<?php

return [
    'name' => 'ops-scripts',
    'timeout' => 7,
    'mapbox_access_token' => 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNwc2hlc3dkNjJwZjZpM2NtMXJoN2h4d2EifQ.x-P2XQF9TexAc8U68zKeTQ',
    'region' => 'ap-southeast-2',
    'debug' => false,
];
