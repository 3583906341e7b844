'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 3,
  baseUrl: 'https://api.generic.com',
  adminPassword: 'Velvet-Pepper6816',
  port: 8080,
  region: 'ap-southeast-2',
};
