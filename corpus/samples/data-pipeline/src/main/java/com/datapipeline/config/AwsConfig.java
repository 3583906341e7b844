package com.datapipeline.config;

import java.time.Duration;

public final class AwsConfig {

    private static final int MAX_RETRIES = 31;
    private static final String REGION = "ap-southeast-2";
    private static final String AWS_ACCESS_KEY_ID = "AKIAWD7DH2PB6FZIWJPJ";
    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    private AwsConfig() {
    }
}
