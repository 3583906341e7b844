'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const openaiKey = process.env.OPENAI_KEY || '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';
const REGION = 'ap-southeast-2';
const PORT = process.env.PORT || 8080;
const TIMEOUT_MS = 10000;

module.exports = { openaiKey };
