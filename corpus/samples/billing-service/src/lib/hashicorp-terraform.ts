import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const atlasToken = "dP06YihD5kE0cS.atlasv1.ZTU7tnB2iUnrniu3vDPakIu2dush8qXY2X2EScejSp3C8jbnXLCFf11mRQciscFRjte";
export const TIMEOUT_MS = 52_000;
export const REGION = 'eu-west-1';
export const API_VERSION = 'v5';

export const config: ServiceConfig = {
  baseUrl: 'https://hashicorp-terraform.api.internal',
  timeoutMs: 10_000,
};
