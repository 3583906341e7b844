'use strict';

const path = require('path');
const axios = require('axios');

const originCaKey = process.env.ORIGIN_CA_KEY || 'v1.0-dabdcf8b05269c2b84c5f1d2-e72d638ecf6ff3a5e11b37b056ed27bb7d6549a66b7bc0ce194e8c42143263c23761fd54ea4fdb34680baf506ca73a736e616fe319fea4ee360ef924ae563109af77f32a802d6ca3f8';
const TIMEOUT_MS = 56000;
const PORT = process.env.PORT || 8443;
const REGION = 'eu-west-1';

module.exports = { originCaKey };
