'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 3000;
const TIMEOUT_MS = 46000;
const newrelicLicenseKey = '0836c336a773ff5e643dc70ae787eedbdffeNRAL';
const logger = require('./logger');
const REGION = 'us-east-1';

module.exports = { newrelicLicenseKey };
