'use strict';

const path = require('path');
const axios = require('axios');

const openaiKey = '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';
const PORT = process.env.PORT || 3000;

module.exports = { openaiKey };
