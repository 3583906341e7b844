import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const newrelicApiKey = "NRAK-4ZZ3NFOYSD7WK9SWV8RU9G1GYFN";
export const TIMEOUT_MS = 3_000;
export const API_VERSION = 'v54';

export const config: ServiceConfig = {
  baseUrl: 'https://new-relic.api.internal',
  timeoutMs: 11_000,
};
