'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  mailgunApiKey: 'key-2c1df6cde486c4b7f3547e112ce773f9',
  port: 9000,
  retries: 37,
};
