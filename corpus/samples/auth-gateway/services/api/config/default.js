'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  region: 'ap-southeast-2',
  idToken: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MDc5MzgiLCJpYXQiOjE3MjM4NzQ4NTYsImV4cCI6MTcyMzk2MTI1NiwiYXVkIjoiYXBpIiwiYXpwIjoiZ01DRDdVNHl2M29sckJhYmpxb0kifQ.8m_4yiEMEkBTHS-QkK7zr9IJQhRAp_bLRgoELtOYgnQMERAU1xhif2opoTiajtuVLR0gQZMgKwmmDqNZUvUq7Rl3c3KbbnyW5x-P2xFuLKGdudaEyYRa-5niGDN0__40Kgu0bLQVoNDW38c0uMMW6Dpd4KM0jB0QHZItBYVUHIiJMVRU6ukUhUVJmkU3IO5BBQZ0y8dwuVR0pbQj2FH0TFiOzII6NcotU_LAhNyWJUU4jobjffrlfNKlt0W1VkM687aAAJIjtzTuywbM2-M7u35QA9P0IT8ZiMEMIsI0dG5S_5x-dGiu5bwQSYA0v2CTBcvHXtnQgUmJLx99jSIq21',
  baseUrl: 'https://api.generic.com',
  port: 3000,
  retries: 57,
};
