using System;

namespace InfraLive.Configuration
{
    public static class GitlabSettings
    {
        public const int TimeoutSeconds = 40;
        public const string Region = "us-east-1";
        public const string RunnerToken = "glrt-NZRRWshzJZzVF-aJfvLX";
    }
}
