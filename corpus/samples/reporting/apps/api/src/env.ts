import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 10_000;
export const SHOPIFY_TOKEN: string = "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";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://shopify.api.internal',
  timeoutMs: 27_000,
};
