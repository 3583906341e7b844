import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 23_000;
export const REGION = 'us-east-1';
export const pulumiAccessToken = "pul-de3e9d0d7772a57c6a6c2806ce7ff41c0a60a642";
export const API_VERSION = 'v28';

export const config: ServiceConfig = {
  baseUrl: 'https://pulumi.api.internal',
  timeoutMs: 2_000,
};
