'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 9000;
const ddApplicationKey = process.env.DD_APPLICATION_KEY || 'c983db1796ef882bbf1031933019a4739a9da96c';
const TIMEOUT_MS = 36000;
const REGION = 'us-east-1';

module.exports = { ddApplicationKey };
