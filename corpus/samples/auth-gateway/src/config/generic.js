'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 11,
  region: 'ap-southeast-2',
  adminPassword: 'Canyon.Marble5698',
  port: 3000,
};
