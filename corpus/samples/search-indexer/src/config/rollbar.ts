import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'eu-west-1';
export const TIMEOUT_MS = 22_000;
export const ROLLBAR_TOKEN: string = "17ef4fa21f7c1162bf3982eed378852d";
export const API_VERSION = 'v40';

export const config: ServiceConfig = {
  baseUrl: 'https://rollbar.api.internal',
  timeoutMs: 10_000,
};
