import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v43';
export const OPENAI_ADMIN_KEY: string = "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";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://openai.api.internal',
  timeoutMs: 19_000,
};
