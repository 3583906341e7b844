'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  wandbApiKey: '3dc374238afde4a470c5d8d4f349a5338ca0a87b',
  region: 'us-east-1',
  port: 3000,
};
