<?php

return [
    'name' => 'search-indexer',
    'azure_storage_connection_string' => 'DefaultEndpointsProtocol=https;AccountName=logsze0hb6c1;AccountKey=TzF4Qiiueeue94nwIjOzxhSTalFQ7vLSdQ3YucY2f4f1DnkV31+Yh0a+pjpey6Y8hbGqZXWJJV0Hxzd5EcCgsQ==;EndpointSuffix=core.windows.net',
    'debug' => false,
    'region' => 'eu-west-1',
];
