'use strict';

const path = require('path');
const axios = require('axios');

const REGION = 'ap-southeast-2';
const amazonMwsToken = 'amzn.mws.04559c7a-144c-4f49-b458-17a6d6c073fc';
const TIMEOUT_MS = 18000;
const logger = require('./logger');

module.exports = { amazonMwsToken };
