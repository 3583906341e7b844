import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 4_000;
export const rollbarToken = "17ef4fa21f7c1162bf3982eed378852d";
export const REGION = 'us-east-1';
export const API_VERSION = 'v34';

export const config: ServiceConfig = {
  baseUrl: 'https://rollbar.api.internal',
  timeoutMs: 13_000,
};
