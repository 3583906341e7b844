<?php

return [
    'name' => 'web-storefront',
    'webhook_signing_secret' => 'whsec_VKl6GonJDitdwYghIa4zoaqvtJaYCn5a',
    'debug' => false,
    'timeout' => 3,
];
