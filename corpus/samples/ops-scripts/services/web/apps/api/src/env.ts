import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 59_000;
export const APP_KEY: string = "base64:XqalABFnf70aG2/wjjpZnbkaoYFLHmuGrYGLFGrUTAU=";
export const API_VERSION = 'v31';

export const config: ServiceConfig = {
  baseUrl: 'https://laravel.api.internal',
  timeoutMs: 30_000,
};
