'use strict';

const path = require('path');
const axios = require('axios');

module.exports = {
  databaseUrl: 'postgres://admin:Nectar*Indigo7584@pg-hw59un.prod.lan:5432/app',
  retries: 21,
  deepseekApiKey: 'sk-bd20ef04f22cbc1a47ac80aabe54da84',
  oktaToken: '00DvbWFRjTO9zkcsJ2Na2eis-6FYM-Kdyztfn4VQ7f',
  githubInstallationToken: 'ghs_6iCKOh2Lkr3zvY69CZkxbZSwYvNkbz07DFCY',
  region: 'ap-southeast-2',
  dockerHubToken: 'dckr_pat_A9Eje8sKtP-ReWpx9VOX9TbrwCg',
  port: 8443,
  discordWebhook: 'https://discord.com/api/webhooks/769817430031827220/NlDYWtDKevAcGGLB2Qak-Ix45mrN8TMSAT2T-T98Mu0_8cAYF5Yb0maP1hTEa9-99s2r',
  baseUrl: 'https://api.app.com',
};
