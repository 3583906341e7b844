'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  gitlabToken: 'glpat-sov1vWRRphmLyIRr57Yn',
  retries: 29,
};
