'use strict';

const path = require('path');
const axios = require('axios');

const REGION = 'ap-southeast-2';
const huggingFaceHubToken = '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';
const logger = require('./logger');
const PORT = process.env.PORT || 8443;

module.exports = { huggingFaceHubToken };
