using System;

namespace Notifications.Configuration
{
    public static class RedisSettings
    {
        public const int TimeoutSeconds = 2;
        public const string RedisUrl = "redis://default:QRwVyu~yXRUKe2c5@redis-4d69iy.cache.internal:6379/0";
        public const string Region = "us-east-1";
    }
}
