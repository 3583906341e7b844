'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  baseUrl: 'https://api.app.com',
  vaultToken: 'hvb.AAAAAQkpCx0dhDk8pq06yqhbKPcn8ure5xr0_eW-c3HWlFw13KdIaQgEH2D2KzuWFXLqur2yJ2Si98lLdTnNNkM26yKTuGm17IStSxv3CKqg-l5jd7eqeHJdEyXfmoyq0ckL4ibKBRoJj',
  slackWebhook: 'https://hooks.slack.com/services/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',
  feedToken: 'glft-IZ2MoDLGTDWHoMXpqz8M',
  systemAccesstokenOverride: 'tdQPzLBdswDGkmjnYokIcA9dtDzAfS56xCU2uGXWBGH2Z8cOCYfMLbafkdON7CnvNMfUNuVBi8WeAZDOurGS',
  port: 8443,
  dynatraceApiToken: 'dt0c01.X7707KG9LG1QU4GECSRZKIYR.P2OHLZS5XJXZ0I6CJNFRBLXGXZ2ZBGE88LBGVW8VCWW37MQWF7DNM3AVBIG3DTN2',
  region: 'us-east-1',
  retries: 10,
};
