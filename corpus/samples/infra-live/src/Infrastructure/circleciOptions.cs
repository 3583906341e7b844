using System;

namespace InfraLive.Configuration
{
    public static class CircleciSettings
    {
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 58;
        public const string CircleToken = "CCIPAT_t9mnoLFq911g2SVOhut9wH_c09eb47137171767d0c50cc2399b1ab5b239c713";
    }
}
