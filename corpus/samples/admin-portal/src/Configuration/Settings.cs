using System;

namespace AdminPortal.Configuration
{
    public static class RazorpaySettings
    {
        public const int TimeoutSeconds = 38;
        public const string RazorpayKeyId = "rzp_live_Dnybp01ahyUtn7";
        public const string RazorpayKeySecret = "gxykDLFTHIiuuI157AOlrrG1";
        public const string Region = "us-east-1";
    }
}
