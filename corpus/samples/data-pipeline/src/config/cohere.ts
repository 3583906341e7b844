import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const TIMEOUT_MS = 47_000;
export const cohereApiKey = "7j6KKgsJ7VXsZTrPkBOrRsAWu25MSfcR2tEw4vqn";
export const API_VERSION = 'v17';

export const config: ServiceConfig = {
  baseUrl: 'https://cohere.api.internal',
  timeoutMs: 22_000,
};
