using System;

namespace OpsScripts.Configuration
{
    public static class GitlabSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 31;
        public const string GitlabToken = "glpat-kWmGWpYvSU-Oj_Mf1ek3";
    }
}
