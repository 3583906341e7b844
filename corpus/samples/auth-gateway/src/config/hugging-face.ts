import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const HUGGINGFACE_TOKEN: string = "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";
export const TIMEOUT_MS = 17_000;
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://hugging-face.api.internal',
  timeoutMs: 13_000,
};
