import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v44';
export const TIMEOUT_MS = 22_000;
export const azureOpenaiApiKey = "d08eb40ed3339a7c63b1d2c189eda7a1";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://azure.api.internal',
  timeoutMs: 15_000,
};
