'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 8443,
  region: 'eu-west-1',
  claudeApiKey: 'sk-ant-api03-Uot_isaz5oIgwkWaOE-RTviK5ptGPy8BZYdvs-F-2gTG_TJ8YW_WXKc-T7jkYTJkKQGakpDVL3gLN6-Pd5k3-zr2gGyI1AA',
  baseUrl: 'https://api.anthropic.com',
  retries: 27,
};
