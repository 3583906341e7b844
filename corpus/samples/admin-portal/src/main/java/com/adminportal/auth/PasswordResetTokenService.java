package com.adminportal.auth;

import java.time.Duration;

public final class PasswordResetTokenService {
    public static final String TOKEN_HEADER = "X-Auth-Token";
    public static final String API_KEY_HEADER_NAME = "X-Api-Key";
    public static final String PASSWORD_PARAMETER = "password";
    public static final String SECRET_MANAGER_PATH = "prod/admin-portal/db-password";
    public static final Duration PASSWORD_RESET_TOKEN_TTL = Duration.ofMinutes(30);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final AuthenticationTokenRefreshScheduler authenticationTokenRefreshScheduler;
    private final OAuth2AuthorizedClientRepository authorizedClientRepository;

    public boolean isPasswordExpired(UserAccountCredentialsEntity credentials) {
        return credentials.getPasswordLastChangedAt().plus(Duration.ofDays(90)).isBeforeNow();
    }

    public String getAccessTokenFromAuthorizationHeader(String authorizationHeaderValue) {
        return authorizationHeaderValue.substring("Bearer ".length());
    }
}
