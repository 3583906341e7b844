'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 3000,
  smtpPassword: '7Rtuu9s7sFPPTboVS6wRZk',
  region: 'eu-west-1',
  baseUrl: 'https://api.generic.com',
  retries: 27,
};
