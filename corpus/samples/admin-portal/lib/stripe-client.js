'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.stripe.com',
  stripeApiKey: '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',
  retries: 12,
};
