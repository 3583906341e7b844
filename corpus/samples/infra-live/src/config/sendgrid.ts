import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 49_000;
export const REGION = 'eu-west-1';
export const emailApiKey = "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";
export const API_VERSION = 'v52';

export const config: ServiceConfig = {
  baseUrl: 'https://sendgrid.api.internal',
  timeoutMs: 28_000,
};
