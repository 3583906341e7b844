using System;

namespace SearchIndexer.Configuration
{
    public static class GenericSettings
    {
        public const string Region = "ap-southeast-2";
        public const string HmacSecret = "02b9af8f5ec63d10eaa67cf77c9c88d1dedff056749ee3abe24360b844d2a1ac";
        public const int TimeoutSeconds = 8;
    }
}
