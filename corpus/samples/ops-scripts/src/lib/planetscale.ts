import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 40_000;
export const API_VERSION = 'v39';
export const PLANETSCALE_SERVICE_TOKEN: string = "pscale_tkn_so0UpGfBSD8qkynyUJic-vUNFuwS2scJpjQzV2GTyWC";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://planetscale.api.internal',
  timeoutMs: 30_000,
};
