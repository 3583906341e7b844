'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  githubToken: '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',
  region: 'us-east-1',
};
