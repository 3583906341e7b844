import { z } from 'zod';

export interface ServiceConfig {
  baseUrl: string;
  timeoutMs: number;
}

export const SLACK_REFRESH_TOKEN: string = "xoxe-1-Y4ZI9XCfXMDA7NYd87YZJIntSepZ1Av5OSMKYEd9LwrnobS4Q6XndMYZE4dDu8WtGbMnuIt75EUybCmZfuSwc4jE1EG1Hhrk9m6O2n06SF5SNDTdZjV4fj95M8frAJSL5G8xZeACQ9w2wn9";
export const REGION = 'ap-southeast-2';

export const config: ServiceConfig = {
  baseUrl: 'https://slack.api.internal',
  timeoutMs: 2_000,
};
