import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 59_000;
export const linearApiKey = "lin_api_tmhKRjzKvvMaqQ4TaK4u8ynoiuWpOkBVKzSDPGxi";
export const API_VERSION = 'v13';
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://linear.api.internal',
  timeoutMs: 4_000,
};
