'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 8080;
const msTeamsWebhook = 'https://northwind.webhook.office.com/webhookb2/8dc55bdb-494d-44c7-8de7-b67711fe0d63@9cc7b2cf-1573-48f1-b9c0-31fd31707cd0/IncomingWebhook/5abd8e7a93e5f7b33e423c3504fc67ea/b490bb9a-7695-4c77-82ee-e8b51a3ebbe8';
const logger = require('./logger');
const REGION = 'ap-southeast-2';

module.exports = { msTeamsWebhook };
