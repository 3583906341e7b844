import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 37_000;
export const REGION = 'eu-west-1';
export const grafanaToken = "glsa_eyI3oZ8PgE5ZiT9y08pe1snF77oxGEnT_f93eb9a4";
export const API_VERSION = 'v30';

export const config: ServiceConfig = {
  baseUrl: 'https://grafana.api.internal',
  timeoutMs: 22_000,
};
