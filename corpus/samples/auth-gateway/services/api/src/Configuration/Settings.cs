using System;

namespace AuthGateway.Configuration
{
    public static class GenericSettings
    {
        public const int TimeoutSeconds = 48;
        public const string ApiSecret = "slLngkFPhO3q4QUxDT65E6cHZzvFwzokggKwFolX";
        public const string Region = "ap-southeast-2";
    }
}
