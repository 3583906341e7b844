import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 45_000;
export const APP_KEY: string = "base64:XqalABFnf70aG2/wjjpZnbkaoYFLHmuGrYGLFGrUTAU=";
export const API_VERSION = 'v3';
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://laravel.api.internal',
  timeoutMs: 8_000,
};
