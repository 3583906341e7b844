'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 8443;
const logger = require('./logger');
const databasePassword = process.env.DATABASE_PASSWORD || 'pscale_pw_l17_OCnZ1LisLUWPidcb8gdIlkMl4SDaBtXEfLSqWMQ';
const TIMEOUT_MS = 19000;
const REGION = 'us-east-1';

module.exports = { databasePassword };
