package com.adminportal.config;

import java.time.Duration;

public final class SlackConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(51);
    private static final int MAX_RETRIES = 22;
    private static final String SLACK_REFRESH_TOKEN = "xoxe-1-3ayfHbWykkU6Dd5JAzBYmo6BQwQ4gx4e6n6ukvl9UvcO5lnPz3b15ty2obHMQnNmWlleIhHOgrfPXPUlkCRFCE3p9MCDwheXaakSsu3JfJVelodbu6asizidjWYFsJJkKq939xms7diwLEI27ojD";
    private static final String REGION = "eu-west-1";

    private SlackConfig() {
    }
}
