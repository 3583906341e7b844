import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const CI_DEPLOY_PASSWORD: string = "gldt-MRKCiYSo8BQkperqcm3q";
export const API_VERSION = 'v31';

export const config: ServiceConfig = {
  baseUrl: 'https://gitlab.api.internal',
  timeoutMs: 10_000,
};
