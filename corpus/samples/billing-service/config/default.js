'use strict';

const path = require('path');
const axios = require('axios');

const TIMEOUT_MS = 47000;
const discordBotToken = 'NzIyMjYyNzYyMzE0MjU0MTIxMw.aYv9X-.IZ_yrunSkfQm65C31a8uiCijG_rU4-IKBqqIUR';
const PORT = process.env.PORT || 9000;

module.exports = { discordBotToken };
