import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TFE_TOKEN: string = "qdgQm49Cfe8y0w.atlasv1.V2PKyk34IRzPEfGFb1dLn8sKFwt32ZBohclJDk0EiqlQSlg39iGWdFcRrICaeF2QnOg";
export const REGION = 'eu-west-1';

export const config: ServiceConfig = {
  baseUrl: 'https://hashicorp-terraform.api.internal',
  timeoutMs: 2_000,
};
