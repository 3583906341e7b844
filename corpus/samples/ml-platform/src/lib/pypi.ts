import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const TWINE_PASSWORD: string = "pypi-AgEIcHlwaS5vcmcCJDg4NTNjYzMyLTNiMzEtNGRhYi1iYTQ3LTcyYjA4NmVmNWUwOAACN3sidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbInRvb2wteCJdfX0AAAYg9diOVi6Cq4h04N-pS25ySWjIwaeTwv5D9SiRTwCcqn0";
export const API_VERSION = 'v42';
export const REGION = 'ap-southeast-2';
export const TIMEOUT_MS = 16_000;

export const config: ServiceConfig = {
  baseUrl: 'https://pypi.api.internal',
  timeoutMs: 16_000,
};
