import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const GL_TOKEN: string = "glpat-A0DOdSD4jB2YGOUy36rn";
export const TIMEOUT_MS = 34_000;
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://gitlab.api.internal',
  timeoutMs: 28_000,
};
