import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const djangoSecretKey = "07y7ysb9tg**28m0rn-$tt7w7q11i0fso!%8)5lba))fgg7pu&";
export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v59';
export const TIMEOUT_MS = 21_000;

export const config: ServiceConfig = {
  baseUrl: 'https://django.api.internal',
  timeoutMs: 16_000,
};
