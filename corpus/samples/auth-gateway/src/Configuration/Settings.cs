using System;

namespace AuthGateway.Configuration
{
    public static class DockerSettings
    {
        public const int TimeoutSeconds = 41;
        public const string Region = "us-east-1";
        public const string DockerHubToken = "dckr_pat_9ZEw5STrKe9kSOPVjniOXaAQlpq";
    }
}
