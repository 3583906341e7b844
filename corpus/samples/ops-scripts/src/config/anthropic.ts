import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 25_000;
export const ANTHROPIC_API_KEY: string = "sk-ant-api03-YGQXGWNKJ7NGJoGe_BHfBsB8AZv0VIBv3zrNSCFfmbBom0J6T1hVADolyzEXIClzei5tD4soElLf5zZ5LlZz-LE-xBWOuAA";
export const REGION = 'eu-west-1';
export const API_VERSION = 'v26';

export const config: ServiceConfig = {
  baseUrl: 'https://anthropic.api.internal',
  timeoutMs: 3_000,
};
