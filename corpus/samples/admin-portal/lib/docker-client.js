'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 59,
  baseUrl: 'https://api.docker.com',
  dockerOrgToken: 'dckr_oat_honC8Culq9mmfOYanKhy6P7SoRCiKGDm',
  port: 9000,
};
