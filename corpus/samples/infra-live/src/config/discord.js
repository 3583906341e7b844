'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 8443;
const discordWebhookUrl = 'https://discord.com/api/webhooks/9207153767476077026/Eg3fShVWC-GBjNlHxkwjRotlI4NJw2tteBojwdD29Ezm9FCJmWUyJneVdFaEn1MWx3yp';
const REGION = 'us-east-1';

module.exports = { discordWebhookUrl };
