import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const launchdarklyApiToken = "api-cb53fe49-f551-499e-8fd8-88ddeb7c9856";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://launchdarkly.api.internal',
  timeoutMs: 18_000,
};
