import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v30';
export const TIMEOUT_MS = 35_000;
export const DD_API_KEY: string = "1c5d89e6e2d083bf744ae5fcf8333640";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://datadog.api.internal',
  timeoutMs: 8_000,
};
