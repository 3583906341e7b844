import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const API_VERSION = 'v13';
export const CIRCLECI_TOKEN: string = "CCIPAT_GRswELzH9gqnP4yn8zk2OW_2f08c42fc597c2912612c67b198c354c9f7fd09f";
export const TIMEOUT_MS = 30_000;

export const config: ServiceConfig = {
  baseUrl: 'https://circleci.api.internal',
  timeoutMs: 7_000,
};
