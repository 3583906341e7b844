'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 40,
  port: 9000,
  notionApiKey: 'secret_jIJaxfHBstrD7JSn6BJO9KA6by7pPgqBdux1WOtWibw',
  region: 'ap-southeast-2',
  baseUrl: 'https://api.notion.com',
};
