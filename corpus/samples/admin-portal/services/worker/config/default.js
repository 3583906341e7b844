'use strict';

const path = require('path');
const axios = require('axios');

const sentryAuthToken = process.env.SENTRY_AUTH_TOKEN || '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';
const REGION = 'eu-west-1';
const PORT = process.env.PORT || 3000;

module.exports = { sentryAuthToken };
