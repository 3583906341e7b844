using System;

namespace AdminPortal.Configuration
{
    public static class LaunchdarklySettings
    {
        public const int TimeoutSeconds = 43;
        public const string LdSdkKey = "sdk-8f2a6963-0bfe-4a87-a168-efe6a894ea65";
        public const string Region = "us-east-1";
    }
}
