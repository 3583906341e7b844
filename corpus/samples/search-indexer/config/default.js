'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.jdbc.com',
  retries: 30,
  jdbcUrl: 'jdbc:sqlserver://sql-q4va6.corp:1433;databaseName=crm;user=crm_app;password=amW1MJJPKRb90_136qk;encrypt=true',
  port: 8080,
  region: 'us-east-1',
};
