import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const newRelicLicenseKey = "7053699e0d6b3edfe29580602fb29ca9e233NRAL";
export const API_VERSION = 'v24';

export const config: ServiceConfig = {
  baseUrl: 'https://new-relic.api.internal',
  timeoutMs: 8_000,
};
