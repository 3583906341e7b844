import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v8';
export const SAS_URL: string = "https://zezpfycsmm.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-04-14T04:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=IE5b7goG5ybvljFOUJr%2BnmqwlQHXIaeOslhvcCM3kAM%3D";
export const TIMEOUT_MS = 32_000;

export const config: ServiceConfig = {
  baseUrl: 'https://azure.api.internal',
  timeoutMs: 23_000,
};
