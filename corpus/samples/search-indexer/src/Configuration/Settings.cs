using System;

namespace SearchIndexer.Configuration
{
    public static class ElasticSettings
    {
        public const int TimeoutSeconds = 15;
        public const string Region = "ap-southeast-2";
        public const string EsApiKey = "YXFSc0E1OEVWZWFObXVBNGw3bmQ6clR3eGtVLWJydDZ3cUI4TVVFNzZvMg==";
    }
}
