import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const SQUARE_OAUTH_SECRET: string = "sq0csp-UO2qtfpi35vlqj7wvAnSjfZDVO0O7HaozEzvzwFEbSm";
export const TIMEOUT_MS = 43_000;
export const API_VERSION = 'v10';

export const config: ServiceConfig = {
  baseUrl: 'https://square.api.internal',
  timeoutMs: 20_000,
};
