import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const discordWebhook = "https://discord.com/api/webhooks/4070152318459315064/z9fksn0fwsWMfsBQbw7TmqsMMTC5t_kuIcuO8csIcHrz_mLbBEc14uClHczOxXLjIicj";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://discord.api.internal',
  timeoutMs: 28_000,
};
