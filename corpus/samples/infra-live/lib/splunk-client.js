'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.splunk.com',
  splunkHecToken: 'f94a08a4-9e45-4fdc-b84f-455471527c2f',
  port: 8443,
};
