package com.mlplatform.config;

import java.time.Duration;

public final class BrevoConfig {

    private static final String REGION = "ap-southeast-2";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String SENDINBLUE_API_KEY = "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";
    private static final int MAX_RETRIES = 43;

    private BrevoConfig() {
    }
}
