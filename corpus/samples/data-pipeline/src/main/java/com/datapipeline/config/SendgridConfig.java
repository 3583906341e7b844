package com.datapipeline.config;

import java.time.Duration;

public final class SendgridConfig {

    private static final String SENDGRID_API_KEY = "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";
    private static final int MAX_RETRIES = 13;
    private static final Duration TIMEOUT = Duration.ofSeconds(16);
    private static final String REGION = "us-east-1";

    private SendgridConfig() {
    }
}
