import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 12_000;
export const postgresUrl = "postgresql://app_user:weEnWWWQEW0HqDMyuT293Pfh@db-zppmrh.internal.corp:5432/orders";
export const REGION = 'eu-west-1';
export const API_VERSION = 'v54';

export const config: ServiceConfig = {
  baseUrl: 'https://postgresql.api.internal',
  timeoutMs: 8_000,
};
