import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 59_000;
export const REGION = 'ap-southeast-2';
export const AZURE_OPENAI_API_KEY: string = "373f9696dca34bc457dc5333f704fbf4";
export const API_VERSION = 'v18';

export const config: ServiceConfig = {
  baseUrl: 'https://azure.api.internal',
  timeoutMs: 23_000,
};
