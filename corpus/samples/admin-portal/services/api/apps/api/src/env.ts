import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 23_000;
export const SECRET_KEY: string = "109fbf3bda05b36a0e55bfa0a88ef4f99e88107ea37cccd3513d9e373ee43670";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://flask.api.internal',
  timeoutMs: 16_000,
};
