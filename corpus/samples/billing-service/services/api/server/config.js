'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 7,
  apiKey: 'RJsouNTkf9FIxf4n4V4eZ6f6zNJBuY4nKoRAI6Sl',
  baseUrl: 'https://api.generic.com',
  port: 8080,
};
