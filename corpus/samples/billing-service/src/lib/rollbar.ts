import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const ROLLBAR_TOKEN: string = "f4fa21f7c1162bf3982eed378852daf5";
export const API_VERSION = 'v32';

export const config: ServiceConfig = {
  baseUrl: 'https://rollbar.api.internal',
  timeoutMs: 15_000,
};
