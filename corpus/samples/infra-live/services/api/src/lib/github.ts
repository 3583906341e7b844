import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const GITHUB_TOKEN: string = "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";
export const API_VERSION = 'v11';
export const TIMEOUT_MS = 54_000;

export const config: ServiceConfig = {
  baseUrl: 'https://github.api.internal',
  timeoutMs: 17_000,
};
