using System;

namespace SearchIndexer.Configuration
{
    public static class DockerSettings
    {
        public const int TimeoutSeconds = 53;
        public const string DockerOrgToken = "dckr_oat_ItJNvCKs0_K4pdJ242ufuVTi2VEXbL51";
        public const string Region = "eu-west-1";
    }
}
