'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.flask.com',
  flaskSecretKey: '6c83a683424b02300256eb8569ab514dd1d68e0b6ff86752a79dd1b73c40b512',
  retries: 21,
  region: 'eu-west-1',
};
