import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const GITHUB_TOKEN: string = "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";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://github.api.internal',
  timeoutMs: 21_000,
};
