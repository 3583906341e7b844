package com.opsscripts.config;

import java.time.Duration;

public final class GrafanaConfig {

    private static final String REGION = "ap-southeast-2";
    private static final int MAX_RETRIES = 30;
    private static final String GRAFANA_SA_TOKEN = "glsa_62Sxh3wAQGZsauhXtr8xZYfsrtxM3t99_1772988f";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private GrafanaConfig() {
    }
}
