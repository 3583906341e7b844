import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const XAI_API_KEY: string = "xai-1hhQRC3jpvHhd81yqDFWO5W2ceTd8mVns8N9rsZFe4mOB19eeQ8iwD3Ap7QcjFeEocw0y34aSxI0IVH0";
export const API_VERSION = 'v25';
export const TIMEOUT_MS = 10_000;

export const config: ServiceConfig = {
  baseUrl: 'https://xai.api.internal',
  timeoutMs: 25_000,
};
