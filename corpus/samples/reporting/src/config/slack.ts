import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const SLACK_APP_TOKEN: string = "xapp-1-AF884KC7K9B-8396952284119-ad4b768ecc767516cc66b7ce64e6d1f928c77c5f76b637ba9a7a6d79bef6d21f";
export const REGION = 'ap-southeast-2';
export const API_VERSION = 'v23';

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 26_000,
};
