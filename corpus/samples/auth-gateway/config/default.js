'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 47,
  accessKeyId: 'AKIABHVAHCHXUJPIRGE7',
  region: 'ap-southeast-2',
  awsSecretKey: '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',
  port: 8080,
  baseUrl: 'https://api.aws.com',
};
