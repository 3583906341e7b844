import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v11';
export const REGION = 'ap-southeast-2';
export const LINEAR_API_KEY: string = "lin_api_PyKq8W8eQg62GW2bUdWCGrqMAPpXWwKfzeSJ06Mk";
export const TIMEOUT_MS = 11_000;

export const config: ServiceConfig = {
  baseUrl: 'https://linear.api.internal',
  timeoutMs: 10_000,
};
