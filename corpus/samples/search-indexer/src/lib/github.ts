import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const GH_TOKEN: string = "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";
export const TIMEOUT_MS = 58_000;

export const config: ServiceConfig = {
  baseUrl: 'https://github.api.internal',
  timeoutMs: 19_000,
};
