import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const launchdarklySdkKey = "sdk-011802f7-8d7c-433b-a91c-94eda8491e01";
export const API_VERSION = 'v23';
export const TIMEOUT_MS = 7_000;

export const config: ServiceConfig = {
  baseUrl: 'https://launchdarkly.api.internal',
  timeoutMs: 2_000,
};
