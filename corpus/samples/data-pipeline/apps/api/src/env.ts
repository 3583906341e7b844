import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 13_000;
export const ADO_TOKEN: string = "dmutvc3ssjmt6gfkjilnggmvov6onidj3nboajszjw5rbaiqalzz";
export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v4';

export const config: ServiceConfig = {
  baseUrl: 'https://azure-devops.api.internal',
  timeoutMs: 28_000,
};
