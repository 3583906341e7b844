using System;

namespace Notifications.Configuration
{
    public static class PineconeSettings
    {
        public const string Region = "ap-southeast-2";
        public const string PineconeApiKey = "pcsk_syzMXA_Ka5D5mbi0ohEvRiFzW0tGMkM32Xlu2ET8llZoQpMl6p2jLtZZiFs2bguObwHILi";
        public const int TimeoutSeconds = 32;
    }
}
