package com.opsscripts.config;

import java.time.Duration;

public final class GoogleCloudConfig {

    private static final String REGION = "us-east-1";
    private static final String GOOGLE_CLIENT_ID = "569317998837-fzaxypq46jlaqnpngd1dr7dbwzv0wsfy.apps.googleusercontent.com";
    private static final String GOOGLE_CLIENT_SECRET = "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";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);
    private static final int MAX_RETRIES = 60;

    private GoogleCloudConfig() {
    }
}
