<?php

return [
    'name' => 'infra-live',
    'debug' => false,
    'region' => 'ap-southeast-2',
    'grafana_cloud_api_key' => 'glc_eyJvIjoiOTc4Mjc4IiwibiI6InN0YWNrLTY2Njc1NC1obS1yZWFkIiwiayI6InlWb2g5M2VzZWJiMllXUjhoVTZ1SVprYSIsIm0iOnsiciI6InByb2QtdXMtZWFzdC0wIn19',
    'timeout' => 33,
];
