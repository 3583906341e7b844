'use strict';

const path = require('path');
const axios = require('axios');

const gitlabToken = 'glpat-n4Ki7C-_LqxzyvvwKuUt';
const logger = require('./logger');
const TIMEOUT_MS = 41000;
const REGION = 'eu-west-1';

module.exports = { gitlabToken };
