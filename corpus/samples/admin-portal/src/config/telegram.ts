import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 26_000;
export const TELEGRAM_BOT_TOKEN: string = "3754478169:AA8lr9O8iRY96RUwdd1snHh6EJkLLi9fcff";
export const API_VERSION = 'v50';
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://telegram.api.internal',
  timeoutMs: 14_000,
};
