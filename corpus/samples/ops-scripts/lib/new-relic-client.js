'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  newrelicApiKey: 'NRAK-UY2S4KLFXYSV2JO8Z15TUV6WI26',
  baseUrl: 'https://api.new-relic.com',
  region: 'us-east-1',
  port: 3000,
};
