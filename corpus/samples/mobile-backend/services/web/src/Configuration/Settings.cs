using System;

namespace MobileBackend.Configuration
{
    public static class LinearSettings
    {
        public const string LinearApiKey = "lin_api_9Y9YLpyRAa9eaaqYERIVKISPHXA5R0T5pQTl3Qyv";
        public const string Region = "us-east-1";
    }
}
