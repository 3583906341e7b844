using System;

namespace BillingService.Configuration
{
    public static class SupabaseSettings
    {
        public const string SupabaseAccessToken = "sbp_740fbfd2643a5ae0aa12c08675bdb33f71f62765";
        public const int TimeoutSeconds = 54;
        public const string Region = "ap-southeast-2";
    }
}
