'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const TIMEOUT_MS = 17000;
const azureOpenaiKey = '42a04efe740bd90a2a9f5f943910a41c';
const REGION = 'ap-southeast-2';

module.exports = { azureOpenaiKey };
