'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.dynatrace.com',
  dynatraceApiToken: 'dt0c01.7QI1GKZN7UOOD7SM0W37JVSR.1N6QKDV47MTB7NV4TQYQKR6NMQVSTN56BPA61QHTDAV2U75BYL6ZLD9P5YRXHHYL',
  retries: 5,
  region: 'us-east-1',
};
