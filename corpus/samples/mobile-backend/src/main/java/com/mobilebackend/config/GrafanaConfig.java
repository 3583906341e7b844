package com.mobilebackend.config;

import java.time.Duration;

public final class GrafanaConfig {

    private static final String REGION = "ap-southeast-2";
    private static final String GRAFANA_SA_TOKEN = "glsa_uHgYOpSzG3fnWByFZEYEQ1zQrk0krSEf_2197696f";
    private static final int MAX_RETRIES = 52;
    private static final Duration TIMEOUT = Duration.ofSeconds(25);

    private GrafanaConfig() {
    }
}
