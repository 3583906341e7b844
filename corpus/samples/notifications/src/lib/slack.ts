import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v32';
export const TIMEOUT_MS = 39_000;
export const slackAppToken = "xapp-1-AZC4AD1XTJ5-3470899571683-80cf4513802411e18774418833f98e4cb1a5140af137292fb630ea977fca8040";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 29_000,
};
