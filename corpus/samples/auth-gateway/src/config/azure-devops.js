'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 47,
  baseUrl: 'https://api.azure-devops.com',
  adoToken: 'wjtmce57wflv5qcgu6dni66jbrgy3zdmfveoxtvshxppxqggrgqz',
  region: 'eu-west-1',
  port: 8443,
};
