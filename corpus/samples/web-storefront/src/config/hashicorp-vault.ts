import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v46';
export const REGION = 'ap-southeast-2';
export const VAULT_TOKEN: string = "hvb.AAAAAQ17gQIkvsSr702KK00biUJI2QZFbpoUcwLWyLUb-nnltb8i7_dIMxo6wuhiwLcEw9iZrcNPC7K3NLOG4X9Hdf-jpCx4csXjRPJ3ca_Dwdioqjv-FIfgJdBhMlDDi27al0W0lMEOxPZQ4ce5jvfjH";
export const TIMEOUT_MS = 26_000;

export const config: ServiceConfig = {
  baseUrl: 'https://hashicorp-vault.api.internal',
  timeoutMs: 4_000,
};
