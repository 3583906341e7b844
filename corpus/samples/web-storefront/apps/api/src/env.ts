import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 21_000;
export const REGION = 'eu-west-1';
export const SQUARE_ACCESS_TOKEN: string = "EAAAtEw_1eBmWeaqjmFX6ugs0iOqrldoY1A-2MHI0sdkwsG_0BUjEbA6Q2O4tpU7";
export const API_VERSION = 'v53';

export const config: ServiceConfig = {
  baseUrl: 'https://square.api.internal',
  timeoutMs: 1_000,
};
