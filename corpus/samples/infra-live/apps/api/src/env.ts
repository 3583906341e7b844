import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 6_000;
export const registrationToken = "GR1348941Nli93rZLxCZ8eYRp-3T3";
export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v12';

export const config: ServiceConfig = {
  baseUrl: 'https://gitlab.api.internal',
  timeoutMs: 4_000,
};
