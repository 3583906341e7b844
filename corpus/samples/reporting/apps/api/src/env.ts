import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v53';
export const SLACK_APP_TOKEN: string = "xapp-1-AF884KC7K9B-8396952284119-ad4b768ecc767516cc66b7ce64e6d1f928c77c5f76b637ba9a7a6d79bef6d21f";
export const TIMEOUT_MS = 12_000;
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 11_000,
};
