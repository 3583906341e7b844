import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const SQUARE_OAUTH_SECRET: string = "sq0csp-UO2qtfpi35vlqj7wvAnSjfZDVO0O7HaozEzvzwFEbSm";
export const API_VERSION = 'v58';

export const config: ServiceConfig = {
  baseUrl: 'https://square.api.internal',
  timeoutMs: 5_000,
};
