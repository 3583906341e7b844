import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const shopifyToken = "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";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://shopify.api.internal',
  timeoutMs: 22_000,
};
