'use strict';

const path = require('path');
const axios = require('axios');

const TIMEOUT_MS = 44000;
const newRelicLicenseKey = '5dda2f610c9d97f5a2c30d61443626850cfeNRAL';
const logger = require('./logger');

module.exports = { newRelicLicenseKey };
