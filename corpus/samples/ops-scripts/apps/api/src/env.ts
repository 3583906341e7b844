import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const CO_API_KEY: string = "CYF7j6KKgsJ7VXsZTrPkBOrRsAWu25MSfcR2tEw4";
export const API_VERSION = 'v13';

export const config: ServiceConfig = {
  baseUrl: 'https://cohere.api.internal',
  timeoutMs: 27_000,
};
