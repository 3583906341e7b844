import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'eu-west-1';
export const doOauthToken = "doo_v1_3d59e5bb8fe1db185cbd99195ff95ccc6565e2df09740844300c89d804eb1a39";
export const API_VERSION = 'v53';

export const config: ServiceConfig = {
  baseUrl: 'https://digitalocean.api.internal',
  timeoutMs: 8_000,
};
