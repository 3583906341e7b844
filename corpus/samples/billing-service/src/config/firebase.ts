import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v49';
export const REGION = 'ap-southeast-2';
export const FCM_SERVER_KEY: string = "AAAAxMoEKUd:APA91bH-ji-qYg-vA861RxTsib-8dfgKz_F0wzr8qsIwUvgYWdYOK2yQ1_SLxadHvClKngFjZATCf9W2lKtigpm4hqu4UbS16GgqBsBvs3GGlVIVnUTX7c4cTEUbc2BdefhqzafYFPYn";
export const TIMEOUT_MS = 41_000;

export const config: ServiceConfig = {
  baseUrl: 'https://firebase.api.internal',
  timeoutMs: 4_000,
};
