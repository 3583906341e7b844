using System;

namespace SearchIndexer.Configuration
{
    public static class SentrySettings
    {
        public const string SentryAuthToken = "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";
        public const int TimeoutSeconds = 17;
        public const string Region = "us-east-1";
    }
}
