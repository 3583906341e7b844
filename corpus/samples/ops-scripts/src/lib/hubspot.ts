import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const hubspotAccessToken = "pat-na1-49832e7f-04fb-4fb6-97c1-b61360a5671d";
export const TIMEOUT_MS = 16_000;
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://hubspot.api.internal',
  timeoutMs: 12_000,
};
