import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const launchdarklyApiToken = "api-4cb9e5e2-f41d-4c25-bf0c-b6edfde3e65a";
export const API_VERSION = 'v20';
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://launchdarkly.api.internal',
  timeoutMs: 7_000,
};
