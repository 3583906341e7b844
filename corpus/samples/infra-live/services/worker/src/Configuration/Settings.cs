using System;

namespace InfraLive.Configuration
{
    public static class PaypalBraintreeSettings
    {
        public const string PaypalAccessToken = "access_token$production$tg5cidck700h7q5m$ff53809fe57a06d2155d8e8fb768f5e4";
        public const int TimeoutSeconds = 48;
        public const string Region = "ap-southeast-2";
    }
}
