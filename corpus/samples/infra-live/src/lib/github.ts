import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v33';
export const gitToken = "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";
export const TIMEOUT_MS = 45_000;

export const config: ServiceConfig = {
  baseUrl: 'https://github.api.internal',
  timeoutMs: 30_000,
};
