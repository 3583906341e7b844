import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v32';
export const HONEYCOMB_API_KEY: string = "hcaik_01t73ypfbkxrrmzuwhx4ysxpwsl6br9s1r65lawucm0c3fc0jkv63x0rea";
export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 24_000;

export const config: ServiceConfig = {
  baseUrl: 'https://honeycomb.api.internal',
  timeoutMs: 7_000,
};
