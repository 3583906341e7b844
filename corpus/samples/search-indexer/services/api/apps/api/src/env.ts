import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v42';
export const REGION = 'us-east-1';
export const SLACK_API_TOKEN: string = "xoxb-39913763493-84212087152-d3swpUCPIayQZPDk45KtpAS3";
export const TIMEOUT_MS = 13_000;

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 22_000,
};
