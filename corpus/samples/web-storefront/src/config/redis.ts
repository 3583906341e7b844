import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v54';
export const REGION = 'us-east-1';
export const REDIS_URL: string = "redis://default:_hnghQRwVyu~yXRUKe2c59g.qX5@redis-fzfanu.cache.internal:6379/0";
export const TIMEOUT_MS = 7_000;

export const config: ServiceConfig = {
  baseUrl: 'https://redis.api.internal',
  timeoutMs: 20_000,
};
