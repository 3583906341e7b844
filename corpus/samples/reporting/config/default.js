'use strict';

const path = require('path');
const axios = require('axios');

const squareApplicationSecret = 'sq0csp-VyKQ_Ex9ockdZI-QKodKceTKICFH0AjP774M9_P5ccI';
const logger = require('./logger');
const REGION = 'us-east-1';
const TIMEOUT_MS = 53000;

module.exports = { squareApplicationSecret };
