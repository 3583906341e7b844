using System;

namespace DataPipeline.Configuration
{
    public static class JfrogSettings
    {
        public const string JfrogToken = "cmVmdGtuOjAxOjE5NTMyOTEyODY6VzllWW5uamViRmVRTlRJNnJXOVJnMG1ocmdlTnV0cXM";
        public const string Region = "eu-west-1";
    }
}
