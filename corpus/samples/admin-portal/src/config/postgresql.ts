import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const POSTGRES_URL: string = "postgresql://app_user:V5Nt6CJBEBs3I-~fpKu90vakSg@db-xqvjjm.internal.corp:5432/orders";
export const TIMEOUT_MS = 37_000;
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://postgresql.api.internal',
  timeoutMs: 17_000,
};
