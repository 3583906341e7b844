import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 31_000;
export const API_VERSION = 'v45';
export const shippoApiToken = "shippo_live_457687549ba6e20c8e95c748dfceffc072f4c789";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://shippo.api.internal',
  timeoutMs: 4_000,
};
