'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const glToken = process.env.GL_TOKEN || 'glpat-4Ki7C-_LqxzyvvwKuUtg';
const TIMEOUT_MS = 24000;
const REGION = 'ap-southeast-2';

module.exports = { glToken };
