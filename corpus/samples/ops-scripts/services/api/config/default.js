'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 8443;
const logger = require('./logger');
const discordWebhookUrl = 'https://discord.com/api/webhooks/4426282803112909936/9Ezm9FCJmWUyJneVdFaEn1MWx3ypsc4VlE8rYT4AlsAjHoR7M3cuFkMz3Pnh8bc8JbcM';
const TIMEOUT_MS = 45000;
const REGION = 'eu-west-1';

module.exports = { discordWebhookUrl };
