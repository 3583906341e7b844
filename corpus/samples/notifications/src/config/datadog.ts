import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const datadogApiKey = "b521cf709eb5b8f0338d1b99a704414c";
export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 16_000;

export const config: ServiceConfig = {
  baseUrl: 'https://datadog.api.internal',
  timeoutMs: 21_000,
};
