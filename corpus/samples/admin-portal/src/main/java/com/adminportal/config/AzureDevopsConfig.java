package com.adminportal.config;

import java.time.Duration;

public final class AzureDevopsConfig {

    private static final String AZDO_PERSONAL_ACCESS_TOKEN = "pujfljwyyi42ydpsz46xen6sju3solldhapa5sldnsc6uxtj7bu7";
    private static final String REGION = "us-east-1";
    private static final int MAX_RETRIES = 11;
    private static final Duration TIMEOUT = Duration.ofSeconds(41);

    private AzureDevopsConfig() {
    }
}
