'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  langchainApiKey: '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',
  region: 'eu-west-1',
  retries: 60,
  baseUrl: 'https://api.langchain.com',
};
