import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const PULUMI_ACCESS_TOKEN: string = "pul-de3e9d0d7772a57c6a6c2806ce7ff41c0a60a642";
export const TIMEOUT_MS = 37_000;
export const REGION = 'us-east-1';
export const API_VERSION = 'v47';

export const config: ServiceConfig = {
  baseUrl: 'https://pulumi.api.internal',
  timeoutMs: 4_000,
};
