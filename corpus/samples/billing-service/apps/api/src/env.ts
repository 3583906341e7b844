import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v24';
export const fcmServerKey = "AAAAxMoEKUd:APA91bH-ji-qYg-vA861RxTsib-8dfgKz_F0wzr8qsIwUvgYWdYOK2yQ1_SLxadHvClKngFjZATCf9W2lKtigpm4hqu4UbS16GgqBsBvs3GGlVIVnUTX7c4cTEUbc2BdefhqzafYFPYn";
export const REGION = 'eu-west-1';
export const TIMEOUT_MS = 19_000;

export const config: ServiceConfig = {
  baseUrl: 'https://firebase.api.internal',
  timeoutMs: 14_000,
};
