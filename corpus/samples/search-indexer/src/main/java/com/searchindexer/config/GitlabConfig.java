package com.searchindexer.config;

import java.time.Duration;

public final class GitlabConfig {

    private static final int MAX_RETRIES = 34;
    private static final String GITLAB_TRIGGER_TOKEN = "glptt-834b91271d8aa6fa94233a12c50cbbaf61f06e4f";
    private static final String REGION = "ap-southeast-2";

    private GitlabConfig() {
    }
}
