import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 7_000;
export const API_VERSION = 'v34';
export const SOPS_AGE_KEY: string = "AGE-SECRET-KEY-1G0U7RDZFYN3XRCES6L0NVMJL0PWNXHNJRD4PF0RVHPNWX0HJF5NP9HVDHG";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://age.api.internal',
  timeoutMs: 2_000,
};
