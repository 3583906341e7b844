'use strict';

const path = require('path');
const axios = require('axios');

const TIMEOUT_MS = 17000;
const zendeskApiToken = process.env.ZENDESK_API_TOKEN || 'qNzOBb1B0ksYl0A0goJTuVEyO7R5xLeNN4nS1saU';
const REGION = 'eu-west-1';

module.exports = { zendeskApiToken };
