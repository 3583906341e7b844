'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  slackConfigRefreshToken: 'xoxe-1-uuQpe0Xgnrsry7gHIBZZia4Aj4ha0qb3BhwoQ1HRG58eXGMa2f4f8jgCos7KnqXt1jlDZmTFCuQbvFxu2z0vDupT60PcbroQG87BDmfNS2UU14jp1G0sF9WeE1ZvbNOgtNfZ26NxZQVV9i25DwIsY',
  baseUrl: 'https://api.slack.com',
  port: 8080,
};
