'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 9000;
const TIMEOUT_MS = 19000;
const clojarsPassword = process.env.CLOJARS_PASSWORD || 'CLOJARS_ed44aa85817771e897376d3aa3cb2194eef5c6c961e392b93194aee3fd34';
const REGION = 'ap-southeast-2';
const logger = require('./logger');

module.exports = { clojarsPassword };
