using System;

namespace Reporting.Configuration
{
    public static class GithubSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 47;
        public const string GithubInstallationToken = "ghs_qqh9AjDFSH52lUbCwxDm9oLcDor2233nexrl";
    }
}
