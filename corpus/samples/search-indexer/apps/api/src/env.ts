import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v54';
export const SENDGRID_API_KEY: string = "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";
export const TIMEOUT_MS = 11_000;

export const config: ServiceConfig = {
  baseUrl: 'https://sendgrid.api.internal',
  timeoutMs: 19_000,
};
