import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const hfOrgToken = "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";
export const TIMEOUT_MS = 45_000;
export const API_VERSION = 'v25';

export const config: ServiceConfig = {
  baseUrl: 'https://hugging-face.api.internal',
  timeoutMs: 3_000,
};
