'use strict';

const path = require('path');
const axios = require('axios');

const squareAccessToken = 'EAAALrDLt_vkYkFq7CviJMbvg4ndvG9ed6uC4vEyH87G6Z36z-z823xwGC0gNmHX';
const PORT = process.env.PORT || 8080;
const TIMEOUT_MS = 8000;
const logger = require('./logger');

module.exports = { squareAccessToken };
