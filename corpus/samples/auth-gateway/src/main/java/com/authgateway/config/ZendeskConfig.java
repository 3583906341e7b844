package com.authgateway.config;

import java.time.Duration;

public final class ZendeskConfig {

    private static final int MAX_RETRIES = 53;
    private static final String ZENDESK_TOKEN = "2BPlBW9JMolAExSlXCeulwpsPWLuIxjiYo6GXGL5";
    private static final Duration TIMEOUT = Duration.ofSeconds(35);
    private static final String REGION = "us-east-1";

    private ZendeskConfig() {
    }
}
