using System;

namespace SearchIndexer.Configuration
{
    public static class GitlabSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 54;
        public const string RunnerRegistrationToken = "GR1348941pOBoEsXAxKkZmcTgqPE6";
    }
}
