import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v22';
export const TIMEOUT_MS = 15_000;
export const aesKey = "OG89BDxhNjHRckz5HwQE4cnPZLe9NYDtVHoDKp6m3/8=";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://generic.api.internal',
  timeoutMs: 5_000,
};
