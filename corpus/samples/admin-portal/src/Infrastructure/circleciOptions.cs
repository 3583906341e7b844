using System;

namespace AdminPortal.Configuration
{
    public static class CircleciSettings
    {
        public const string CircleToken = "CCIPAT_22cRHPVgivT4vpjpMRjAmB_686273e6d9b6fc7b439c645b2861697aaa307b3f";
        public const int TimeoutSeconds = 52;
    }
}
