import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v57';
export const PLANETSCALE_SERVICE_TOKEN: string = "pscale_tkn_so0UpGfBSD8qkynyUJic-vUNFuwS2scJpjQzV2GTyWC";
export const TIMEOUT_MS = 31_000;
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://planetscale.api.internal',
  timeoutMs: 14_000,
};
