import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TIMEOUT_MS = 15_000;
export const TFE_TOKEN: string = "qdgQm49Cfe8y0w.atlasv1.V2PKyk34IRzPEfGFb1dLn8sKFwt32ZBohclJDk0EiqlQSlg39iGWdFcRrICaeF2QnOg";
export const API_VERSION = 'v45';

export const config: ServiceConfig = {
  baseUrl: 'https://hashicorp-terraform.api.internal',
  timeoutMs: 3_000,
};
