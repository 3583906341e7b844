'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  gcloudAccessToken: 'ya29.mXxvLvbdj6QxYtM5ax1KvZe9MEq4kf3EEdPb3r_-0brXH7hJsVTwJJ8AygUxssyZdrAVTMygM8JW-r3k4F4odfbmb28GBy5GScyTnGdZQLdLqHOdrIHzE3SGLB-nkUBeHICx8vyVkl2V2W6V5pZCTspxm9PK09X886WU1heS28I7ZGq6F0PlB',
  retries: 53,
  port: 9000,
  baseUrl: 'https://api.google-cloud.com',
};
