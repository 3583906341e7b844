'use strict';

const path = require('path');
const axios = require('axios');

const TIMEOUT_MS = 11000;
const logger = require('./logger');
const privateToken = process.env.PRIVATE_TOKEN || 'glpat-wXjK1guWkNs7NVi0GFBu1PRaMfhWfZXzPm.01.xz3dcb5cf';
const PORT = process.env.PORT || 8443;
const REGION = 'us-east-1';

module.exports = { privateToken };
