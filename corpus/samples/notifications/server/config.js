'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 9000;
const logger = require('./logger');
const slackWebhook = 'https://hooks.slack.com/services/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';
const REGION = 'us-east-1';
const TIMEOUT_MS = 20000;

module.exports = { slackWebhook };
