import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const PAYSTACK_SECRET_KEY: string = "sk_live_b055b4b1e028297527011d81c29e0c5aa3938ddb";
export const TIMEOUT_MS = 45_000;
export const API_VERSION = 'v6';

export const config: ServiceConfig = {
  baseUrl: 'https://paystack.api.internal',
  timeoutMs: 25_000,
};
