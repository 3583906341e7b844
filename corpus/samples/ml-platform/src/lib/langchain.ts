import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const LANGCHAIN_API_KEY: string = "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";
export const TIMEOUT_MS = 36_000;
export const REGION = 'eu-west-1';
export const API_VERSION = 'v30';

export const config: ServiceConfig = {
  baseUrl: 'https://langchain.api.internal',
  timeoutMs: 5_000,
};
