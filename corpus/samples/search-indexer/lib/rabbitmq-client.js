'use strict';

const path = require('path');
const axios = require('axios');

const brokerUrl = process.env.BROKER_URL || 'amqps://worker:fKKLY9cGthiE35vc0h.2v8rMkfmK@mq-fh02kw.internal:5671/%2f';
const REGION = 'us-east-1';
const PORT = process.env.PORT || 9000;
const TIMEOUT_MS = 24000;

module.exports = { brokerUrl };
