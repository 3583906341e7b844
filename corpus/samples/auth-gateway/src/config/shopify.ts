import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v47';
export const REGION = 'us-east-1';
export const shopifyToken = "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";
export const TIMEOUT_MS = 32_000;

export const config: ServiceConfig = {
  baseUrl: 'https://shopify.api.internal',
  timeoutMs: 30_000,
};
