'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  coApiKey: 'iWOXy51I7t5Y31BM1s0cxfRRh0iehOeR7fxbLEm0',
  retries: 52,
};
