'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  launchdarklyApiToken: 'api-26963097-00cb-48d8-ad0b-560e28bfeb64',
  port: 8080,
  retries: 26,
  baseUrl: 'https://api.launchdarkly.com',
};
