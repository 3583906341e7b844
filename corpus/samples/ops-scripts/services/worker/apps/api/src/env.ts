import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 54_000;
export const REGION = 'eu-west-1';
export const LINEAR_API_KEY: string = "lin_api_MitmhKRjzKvvMaqQ4TaK4u8ynoiuWpOkBVKzSDPG";
export const API_VERSION = 'v54';

export const config: ServiceConfig = {
  baseUrl: 'https://linear.api.internal',
  timeoutMs: 16_000,
};
