'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.generic.com',
  hmacSecret: '340624bdb2228d65dbdf75a170012ff3c5c7cf5b8557dd26e448fe629795c893',
  retries: 49,
  region: 'ap-southeast-2',
};
