<?php

return [
    'name' => 'notifications',
    'ms_teams_webhook' => 'https://contoso.webhook.office.com/webhookb2/8e78832f-474f-439f-a770-f148d1128ed7@7b5d84af-d4ee-4ca8-8247-5a6b3f5ae116/IncomingWebhook/c582d01446468b85f19954f430750c86/5f6e8cfe-2de9-4d27-95cb-f8adc650991a',
    'region' => 'ap-southeast-2',
    'debug' => false,
];
