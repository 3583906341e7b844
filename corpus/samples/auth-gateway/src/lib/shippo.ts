import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v7';
export const TIMEOUT_MS = 45_000;
export const SHIPPO_API_TOKEN: string = "shippo_live_457687549ba6e20c8e95c748dfceffc072f4c789";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://shippo.api.internal',
  timeoutMs: 4_000,
};
