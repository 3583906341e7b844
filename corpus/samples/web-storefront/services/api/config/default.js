'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 9000;
const TIMEOUT_MS = 39000;
const databasePassword = 'pscale_pw_iXRO6sbjcf6c2Me0ipgIIYdh8Lqvm850G6ZWXZLgwt_';
const REGION = 'us-east-1';
const logger = require('./logger');

module.exports = { databasePassword };
