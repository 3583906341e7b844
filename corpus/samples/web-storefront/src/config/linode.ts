import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v50';
export const LINODE_API_TOKEN: string = "fd051aa41111509dc38bed741ee02d26e685b09463b170d1e37d151abb2186fa";
export const TIMEOUT_MS = 31_000;
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://linode.api.internal',
  timeoutMs: 2_000,
};
