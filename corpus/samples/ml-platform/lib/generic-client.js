'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  region: 'ap-southeast-2',
  artifactUrl: 'https://deploy:0fb22DE2lqZTvfl.NQU9CU@nexus-sou4b1.corp.lan/repository/releases/',
  baseUrl: 'https://api.generic.com',
};
