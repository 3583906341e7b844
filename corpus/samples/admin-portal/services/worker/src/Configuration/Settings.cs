using System;

namespace AdminPortal.Configuration
{
    public static class Auth0Settings
    {
        public const string Region = "us-east-1";
        public const string Auth0ClientId = "N3ZOTaeZNqfMbA3cMqXLhKfmrXv7M5ZM";
        public const string Auth0ClientSecret = "s7Cd4UK-9WkvPKcRusbyna3z-hiUpibGBQZbGtwr0Psrjlc_JpXJm4TzyrSFbPeQ";
        public const int TimeoutSeconds = 10;
    }
}
