'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const shippoToken = process.env.SHIPPO_TOKEN || 'shippo_live_d2844a654bea61202f8be989774259e2ed72275c';
const PORT = process.env.PORT || 9000;

module.exports = { shippoToken };
