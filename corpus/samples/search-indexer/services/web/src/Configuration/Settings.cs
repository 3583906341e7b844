using System;

namespace SearchIndexer.Configuration
{
    public static class AlgoliaSettings
    {
        public const string AlgoliaAppId = "WH4DQOPZKF";
        public const int TimeoutSeconds = 58;
        public const string AlgoliaAdminApiKey = "27cf7bd7aa0414dcb2d242988fee2b6e";
        public const string Region = "eu-west-1";
    }
}
