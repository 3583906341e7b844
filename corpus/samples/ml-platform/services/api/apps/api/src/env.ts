import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const API_VERSION = 'v50';
export const REGION = 'ap-southeast-2';
export const TWINE_PASSWORD: string = "pypi-AgEIcHlwaS5vcmcCJDg4NTNjYzMyLTNiMzEtNGRhYi1iYTQ3LTcyYjA4NmVmNWUwOAACN3sidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6IHsicHJvamVjdHMiOiBbInRvb2wteCJdfX0AAAYg9diOVi6Cq4h04N-pS25ySWjIwaeTwv5D9SiRTwCcqn0";
export const TIMEOUT_MS = 6_000;

export const config: ServiceConfig = {
  baseUrl: 'https://pypi.api.internal',
  timeoutMs: 11_000,
};
