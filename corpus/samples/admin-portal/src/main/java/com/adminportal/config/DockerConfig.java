package com.adminportal.config;

import java.time.Duration;

public final class DockerConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(26);
    private static final int MAX_RETRIES = 21;
    private static final String DOCKER_ORG_TOKEN = "dckr_oat_vkNTNjiM3VgaFww7Dj2iPt-H-4gHMcYR";
    private static final String REGION = "eu-west-1";

    private DockerConfig() {
    }
}
