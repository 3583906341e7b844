using System;

namespace InfraLive.Configuration
{
    public static class NpmSettings
    {
        public const string NodeAuthToken = "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";
        public const int TimeoutSeconds = 16;
        public const string Region = "eu-west-1";
    }
}
