using System;

namespace SearchIndexer.Configuration
{
    public static class GithubSettings
    {
        public const string GithubToken = "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";
        public const string Region = "us-east-1";
    }
}
