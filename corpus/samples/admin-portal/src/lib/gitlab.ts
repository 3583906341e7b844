import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const ciDeployPassword = "gldt-RKCiYSo8BQkperqcm3qE";
export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v8';
export const TIMEOUT_MS = 20_000;

export const config: ServiceConfig = {
  baseUrl: 'https://gitlab.api.internal',
  timeoutMs: 21_000,
};
