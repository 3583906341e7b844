import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 21_000;
export const ARTIFACT_URL: string = "https://deploy:CY5J7DEaRrQyT.pD_7TpPeBDGBhk@nexus-3mjnx0.corp.lan/repository/releases/";
export const API_VERSION = 'v3';

export const config: ServiceConfig = {
  baseUrl: 'https://generic.api.internal',
  timeoutMs: 10_000,
};
