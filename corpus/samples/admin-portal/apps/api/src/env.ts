import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 34_000;
export const AZDO_PERSONAL_ACCESS_TOKEN: string = "pujfljwyyi42ydpsz46xen6sju3solldhapa5sldnsc6uxtj7bu7";
export const API_VERSION = 'v46';
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://azure-devops.api.internal',
  timeoutMs: 2_000,
};
