import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const hfOrgToken = "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";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://hugging-face.api.internal',
  timeoutMs: 7_000,
};
