'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const REGION = 'eu-west-1';
const stripeSecretKey = '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';
const TIMEOUT_MS = 13000;
const PORT = process.env.PORT || 9000;

module.exports = { stripeSecretKey };
