'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 8080,
  region: 'ap-southeast-2',
  zendeskToken: 'xJbIw7iM07w9Aj19cRrHFTSrJQXhx3xv5kAwrgT5',
  baseUrl: 'https://api.zendesk.com',
};
