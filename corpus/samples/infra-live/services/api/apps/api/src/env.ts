import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 8_000;
export const keystorePassword = "Glacier*Pepper3024";
export const API_VERSION = 'v57';
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://generic.api.internal',
  timeoutMs: 4_000,
};
