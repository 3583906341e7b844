import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 56_000;
export const REGION = 'us-east-1';
export const braintreeAccessToken = "access_token$production$az9tcacg7hfcpqte$5e6a80c4dbe733ccd3bc0aa06dc82935";
export const API_VERSION = 'v10';

export const config: ServiceConfig = {
  baseUrl: 'https://paypal-braintree.api.internal',
  timeoutMs: 3_000,
};
