import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 57_000;
export const API_VERSION = 'v45';
export const HF_ORG_TOKEN: string = "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";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://hugging-face.api.internal',
  timeoutMs: 28_000,
};
