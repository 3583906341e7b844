package com.authgateway.config;

import java.time.Duration;

public final class SlackConfig {

    private static final String SLACK_REFRESH_TOKEN = "xoxe-1-d5JAzBYmo6BQwQ4gx4e6n6ukvl9UvcO5lnPz3b15ty2obHMQnNmWlleIhHOgrfPXPUlkCRFCE3p9MCDwheXaakSsu3JfJVelodbu6asizidjWYFsJJkKq939xms7diwLEI27ojDXHaZMHlXKsm0";
    private static final int MAX_RETRIES = 37;

    private SlackConfig() {
    }
}
