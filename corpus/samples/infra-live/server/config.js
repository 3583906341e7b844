'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  azureOpenaiKey: '504738bca2f34672119a71cd4d5bdb37',
  port: 8443,
};
