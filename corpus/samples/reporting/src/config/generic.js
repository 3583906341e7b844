'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 8443,
  password: '28o1~Y!Q5eLi1aBN-8-',
  region: 'eu-west-1',
  baseUrl: 'https://api.generic.com',
};
