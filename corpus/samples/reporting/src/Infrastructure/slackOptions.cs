using System;

namespace Reporting.Configuration
{
    public static class SlackSettings
    {
        public const string Region = "us-east-1";
        public const int TimeoutSeconds = 10;
        public const string SlackAppToken = "xapp-1-AVIJU8YQBC6-9629926763600-d1425252d9af9950210803a8dae60adcb153e51184eff6b9a700cf4c487bb0ff";
    }
}
