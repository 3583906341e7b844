using System;

namespace SearchIndexer.Configuration
{
    public static class JfrogSettings
    {
        public const string Region = "us-east-1";
        public const string JfrogToken = "cmVmdGtuOjAxOjE5NTMyOTEyODY6VzllWW5uamViRmVRTlRJNnJXOVJnMG1ocmdl";
        public const int TimeoutSeconds = 54;
    }
}
