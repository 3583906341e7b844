'use strict';

const path = require('path');
const axios = require('axios');

const squareOauthSecret = 'sq0csp-N_WIGfKtHgdaXHo9SvBlqqkkereWqECTRBNn_Nu0t1i';
const logger = require('./logger');
const REGION = 'ap-southeast-2';

module.exports = { squareOauthSecret };
