import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'eu-west-1';
export const stripeRestrictedKey = "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";
export const TIMEOUT_MS = 50_000;
export const API_VERSION = 'v26';

export const config: ServiceConfig = {
  baseUrl: 'https://stripe.api.internal',
  timeoutMs: 24_000,
};
