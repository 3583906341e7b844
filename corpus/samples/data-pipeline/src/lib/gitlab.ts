import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 32_000;
export const GL_TOKEN: string = "glpat-A0DOdSD4jB2YGOUy36rn";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://gitlab.api.internal',
  timeoutMs: 18_000,
};
