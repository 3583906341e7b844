import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v60';
export const HUGGINGFACE_TOKEN: string = "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";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://hugging-face.api.internal',
  timeoutMs: 13_000,
};
