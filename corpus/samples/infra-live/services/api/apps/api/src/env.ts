import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const TIMEOUT_MS = 55_000;
export const KEYSTORE_PASSWORD: string = "Glacier*Pepper3024";
export const API_VERSION = 'v16';

export const config: ServiceConfig = {
  baseUrl: 'https://generic.api.internal',
  timeoutMs: 4_000,
};
