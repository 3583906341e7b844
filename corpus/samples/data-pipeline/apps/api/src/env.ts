import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const ADO_TOKEN: string = "dmutvc3ssjmt6gfkjilnggmvov6onidj3nboajszjw5rbaiqalzz";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://azure-devops.api.internal',
  timeoutMs: 2_000,
};
