import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 24_000;
export const API_VERSION = 'v58';
export const LAUNCHDARKLY_API_TOKEN: string = "api-cb53fe49-f551-499e-8fd8-88ddeb7c9856";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://launchdarkly.api.internal',
  timeoutMs: 4_000,
};
