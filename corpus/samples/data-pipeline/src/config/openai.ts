import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 41_000;
export const OPENAI_API_KEY: string = "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";
export const API_VERSION = 'v29';

export const config: ServiceConfig = {
  baseUrl: 'https://openai.api.internal',
  timeoutMs: 25_000,
};
