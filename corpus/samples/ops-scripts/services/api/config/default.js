'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 3000,
  baseUrl: 'https://api.mongodb.com',
  mongodbAtlasPublicKey: 'uepxrfje',
  region: 'eu-west-1',
  mongodbAtlasPrivateKey: 'dbc84dd0-2b3e-4884-b457-4e7236c1e658',
  retries: 44,
};
