'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  region: 'ap-southeast-2',
  port: 8443,
  discordWebhookUrl: 'https://discord.com/api/webhooks/982654199929441875/IbgAegtj4q4WlnY6ol18_YyeOR4vvQ91mkAibjK9-fyXuRvoYg133SB2LyAz0_0LFsZx',
  retries: 14,
  baseUrl: 'https://api.discord.com',
};
