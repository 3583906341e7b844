'use strict';

const path = require('path');
const axios = require('axios');

const vaultToken = process.env.VAULT_TOKEN || 'hvs.CAESI7xRp-bQb8UB8BKbZM30-YpIhYrP6nllfl4WBK75wVJlWDkjoDL7Uasmw1rQSD_p4LIKHZMFR6Z-8c1tlQBiw7F';
const REGION = 'eu-west-1';
const PORT = process.env.PORT || 8443;
const TIMEOUT_MS = 53000;

module.exports = { vaultToken };
