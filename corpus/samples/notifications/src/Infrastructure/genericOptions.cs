using System;

namespace Notifications.Configuration
{
    public static class GenericSettings
    {
        public const int TimeoutSeconds = 42;
        public const string RedisPassword = "dQCTn!IO3gF--cNcWeiGCD";
        public const string Region = "us-east-1";
    }
}
