package com.infralive.config;

import java.time.Duration;

public final class GoogleCloudConfig {

    private static final String REGION = "eu-west-1";
    private static final int MAX_RETRIES = 5;
    private static final String GCP_API_KEY = "AIzaXwtVAoCkRhuZzYt12MPzkZsPYGFyeOgAU4m";
    private static final Duration TIMEOUT = Duration.ofSeconds(36);

    private GoogleCloudConfig() {
    }
}
