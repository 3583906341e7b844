'use strict';

const path = require('path');
const axios = require('axios');

const TIMEOUT_MS = 30000;
const apiKey = 'ofOorgziw6PJR1gBb4WLsyQZWE4KrJKW0I4QrsEY';
const REGION = 'us-east-1';
const PORT = process.env.PORT || 3000;
const logger = require('./logger');

module.exports = { apiKey };
