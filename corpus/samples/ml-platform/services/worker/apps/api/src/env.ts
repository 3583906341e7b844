import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const discordWebhook = "https://discord.com/api/webhooks/882991581982654199/rGLo8PIbgAegtj4q4WlnY6ol18_YyeOR4vvQ91mkAibjK9-fyXuRvoYg133SB2LyAz0_";
export const API_VERSION = 'v21';
export const TIMEOUT_MS = 46_000;

export const config: ServiceConfig = {
  baseUrl: 'https://discord.api.internal',
  timeoutMs: 22_000,
};
