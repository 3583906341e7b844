'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.aws.com',
  awsAccessKey: 'AKIA6BF754DIATXOB64P',
  awsSecretAccessKey: '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',
  region: 'ap-southeast-2',
  port: 9000,
};
