import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const REGION = 'eu-west-1';
export const TIMEOUT_MS = 18_000;
export const XAI_API_KEY: string = "xai-AclOKaZ8rx7afwsTEFGldpJ0q2Txj3eKAHF6SaKrv9i7cPB539qIvkprRLkliWBZumbLxPulBJdCTKO0";
export const API_VERSION = 'v12';

export const config: ServiceConfig = {
  baseUrl: 'https://xai.api.internal',
  timeoutMs: 17_000,
};
