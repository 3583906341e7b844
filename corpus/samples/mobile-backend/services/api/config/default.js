'use strict';

const path = require('path');
const axios = require('axios');

const REGION = 'us-east-1';
const shopifyAccessToken = process.env.SHOPIFY_ACCESS_TOKEN || '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';
const logger = require('./logger');
const TIMEOUT_MS = 59000;

module.exports = { shopifyAccessToken };
