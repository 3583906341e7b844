'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  anthropicApiKey: 'sk-ant-api03-5uIFpesisEf4F8KzKS8Z-KJxYNi_Uqk6CM3xjMkBN6L6KDu6D9ZJh-C3TGQ_OknEBKV-p_RxMSITQuzzGNu3HdaAIBAJRAA',
  retries: 35,
  port: 8080,
};
