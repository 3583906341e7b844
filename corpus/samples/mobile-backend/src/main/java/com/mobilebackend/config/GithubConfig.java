package com.mobilebackend.config;

import java.time.Duration;

public final class GithubConfig {

    private static final int MAX_RETRIES = 26;
    private static final String GITHUB_APP_USER_TOKEN = "ghu_CoHgZ16PFbC5aqGZP7uno0B6zQlqYb0mz9sM";
    private static final String REGION = "eu-west-1";
    private static final Duration TIMEOUT = Duration.ofSeconds(48);

    private GithubConfig() {
    }
}
