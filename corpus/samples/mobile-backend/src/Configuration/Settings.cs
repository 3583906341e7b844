using System;

namespace MobileBackend.Configuration
{
    public static class GithubSettings
    {
        public const string GithubInstallationToken = "ghs_72q6nZ7O5Iv5geJDDWD1DukY8JumH22o3kY3";
        public const int TimeoutSeconds = 20;
        public const string Region = "ap-southeast-2";
    }
}
