import { Octokit } from '@octokit/rest';

const config = {
  githubToken: process.env.GITHUB_TOKEN,
  stripeKey: process.env.STRIPE_SECRET_KEY ?? '',
  dbPassword: process.env['DB_PASSWORD'],
  apiKey: import.meta.env.VITE_PUBLIC_API_KEY_NAME,
};

export const octokit = new Octokit({ auth: config.githubToken });
export const authHeader = (token) => ({ Authorization: `Bearer ${token}` });
