import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const GOOGLE_API_KEY: string = "AIzaR8E-8rKWVzrB_rcBI_lcgijK6kMNoOsM6Si";
export const API_VERSION = 'v3';
export const REGION = 'us-east-1';
export const TIMEOUT_MS = 47_000;

export const config: ServiceConfig = {
  baseUrl: 'https://google-cloud.api.internal',
  timeoutMs: 27_000,
};
