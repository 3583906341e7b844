import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const DISCORD_WEBHOOK: string = "https://discord.com/api/webhooks/882991581982654199/rGLo8PIbgAegtj4q4WlnY6ol18_YyeOR4vvQ91mkAibjK9-fyXuRvoYg133SB2LyAz0_";
export const REGION = 'us-east-1';

export const config: ServiceConfig = {
  baseUrl: 'https://discord.api.internal',
  timeoutMs: 1_000,
};
