import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 28_000;
export const API_VERSION = 'v24';
export const LANGSMITH_API_KEY: string = "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";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://langchain.api.internal',
  timeoutMs: 5_000,
};
