import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 19_000;
export const honeycombApiKey = "hcaik_01t73ypfbkxrrmzuwhx4ysxpwsl6br9s1r65lawucm0c3fc0jkv63x0rea";
export const API_VERSION = 'v59';

export const config: ServiceConfig = {
  baseUrl: 'https://honeycomb.api.internal',
  timeoutMs: 17_000,
};
