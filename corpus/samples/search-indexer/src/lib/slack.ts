import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'us-east-1';
export const API_VERSION = 'v9';
export const slackApiToken = "xoxb-39913763493-84212087152-d3swpUCPIayQZPDk45KtpAS3";
export const TIMEOUT_MS = 12_000;

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 6_000,
};
