import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 50_000;
export const API_VERSION = 'v49';
export const NEW_RELIC_LICENSE_KEY: string = "7053699e0d6b3edfe29580602fb29ca9e233NRAL";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://new-relic.api.internal',
  timeoutMs: 10_000,
};
