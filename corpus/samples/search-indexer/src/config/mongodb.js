'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.mongodb.com',
  atlasPublicKey: 'wefdaial',
  retries: 49,
  atlasPrivateKey: 'dc62e9ca-4bd7-48b9-989c-d8e2d5723a9f',
  region: 'eu-west-1',
  port: 8080,
};
