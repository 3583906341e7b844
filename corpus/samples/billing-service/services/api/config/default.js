'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  retries: 7,
  region: 'eu-west-1',
  connectionString: 'Server=tcp:sql-e6ev9t.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=gYtHszuz5LUTHc=G24U~4ew;Encrypt=True;',
  port: 9000,
};
