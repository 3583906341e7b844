'use strict';

const path = require('path');
const axios = require('axios');

const PORT = process.env.PORT || 8443;
const githubToken = process.env.GITHUB_TOKEN || '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';
const TIMEOUT_MS = 9000;
const REGION = 'eu-west-1';

module.exports = { githubToken };
