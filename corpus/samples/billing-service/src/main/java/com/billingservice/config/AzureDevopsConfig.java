package com.billingservice.config;

import java.time.Duration;

public final class AzureDevopsConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final String AZURE_DEVOPS_PAT = "vykkNr22dNeqtanY3oRKQNX9n0h2WzIFK8ffpDHAZmRlNeHOU34BTmRimBMP9suq01GOEOcYIG3VAZDODeMX";
    private static final int MAX_RETRIES = 53;
    private static final String REGION = "eu-west-1";

    private AzureDevopsConfig() {
    }
}
