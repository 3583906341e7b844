import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v41';
export const TIMEOUT_MS = 18_000;
export const BRAINTREE_ACCESS_TOKEN: string = "access_token$production$az9tcacg7hfcpqte$5e6a80c4dbe733ccd3bc0aa06dc82935";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://paypal-braintree.api.internal',
  timeoutMs: 2_000,
};
