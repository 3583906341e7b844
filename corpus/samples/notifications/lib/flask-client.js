'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 5,
  port: 9000,
  flaskSecretKey: '86752a79dd1b73c40b5124b42addaa837cf135a1c2135185b0146e4228598267',
  baseUrl: 'https://api.flask.com',
  region: 'ap-southeast-2',
};
