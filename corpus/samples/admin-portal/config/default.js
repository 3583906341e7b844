'use strict';

const path = require('path');
const axios = require('axios');

const REGION = 'us-east-1';
const registryUrl = process.env.REGISTRY_URL || 'https://deploy:xPifLrgsB2ZZrq5bN7HJe@nexus-b14jid.corp.lan/repository/releases/';
const PORT = process.env.PORT || 8080;

module.exports = { registryUrl };
