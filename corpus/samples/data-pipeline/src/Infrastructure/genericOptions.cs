using System;

namespace DataPipeline.Configuration
{
    public static class GenericSettings
    {
        public const string Apikey = "7c6c736c6c07f8bc47752dfcdb5b3f3d";
        public const int TimeoutSeconds = 43;
        public const string Region = "us-east-1";
    }
}
