import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v32';
export const redisUrl = "redis://default:_hnghQRwVyu~yXRUKe2c59g.qX5@redis-fzfanu.cache.internal:6379/0";
export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 7_000;

export const config: ServiceConfig = {
  baseUrl: 'https://redis.api.internal',
  timeoutMs: 20_000,
};
