import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v58';
export const TIMEOUT_MS = 24_000;
export const OPENAI_ADMIN_KEY: string = "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";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://openai.api.internal',
  timeoutMs: 18_000,
};
