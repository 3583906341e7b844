using System;

namespace AuthGateway.Configuration
{
    public static class SentrySettings
    {
        public const string SentryAuthToken = "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";
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 33;
    }
}
