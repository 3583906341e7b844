'use strict';

const path = require('path');
const axios = require('axios');

const logger = require('./logger');
const gcloudAccessToken = 'ya29.1RfCxftoXr9Y5B6YjFo_q_l9yL2siq_gXFs5P4x07HSgDfZnNUpnZcMxcNDF4Nhd9QgwX_-gXzl2Ff5i9C4kLK9GpuJ5yOb825oQEJGp8lPKMgWbEfBtYZpYkOK4_JO9_w6g9eX_ft4-7nKAaQXXmIsNhidzrhzNBNhfE2YzSQh7nXe1-XmOQhx';
const TIMEOUT_MS = 46000;
const REGION = 'eu-west-1';

module.exports = { gcloudAccessToken };
