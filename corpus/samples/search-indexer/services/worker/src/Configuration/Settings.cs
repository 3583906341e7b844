using System;

namespace SearchIndexer.Configuration
{
    public static class GenericSettings
    {
        public const string BearerToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NTM3Mzg2IiwiaWF0IjoxNzE5Nzk5NjczLCJleHAiOjE3MTk4MDMyNzMsInNjb3BlIjoicmVhZCB3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jb3JwLmxhbiJ9.ROpe_9rAWKhdqym_BMjgTPc1fjpdKfY8_JoNTsaegLF";
        public const int TimeoutSeconds = 8;
        public const string Region = "ap-southeast-2";
    }
}
