import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 32_000;
export const API_VERSION = 'v51';
export const sopsAgeKey = "AGE-SECRET-KEY-1G0U7RDZFYN3XRCES6L0NVMJL0PWNXHNJRD4PF0RVHPNWX0HJF5NP9HVDHG";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://age.api.internal',
  timeoutMs: 27_000,
};
