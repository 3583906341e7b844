'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  twilioAccountSid: 'ACc33dae68a46aa81749944fae955aa8f6',
  region: 'eu-west-1',
  authToken: '29632dc4cfd9503f9cda7e70110180f0',
  baseUrl: 'https://api.twilio.com',
};
