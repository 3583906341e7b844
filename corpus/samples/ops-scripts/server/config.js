'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  port: 9000,
  databricksToken: 'dapi27be0cc367756069f9bcbfb25d700c91',
  retries: 2,
  baseUrl: 'https://api.databricks.com',
  region: 'us-east-1',
};
