using System;

namespace SearchIndexer.Configuration
{
    public static class SlackSettings
    {
        public const int TimeoutSeconds = 12;
        public const string SlackAppToken = "xapp-1-AZXDKG2LCCR-2777993954530-0cf4c487bb0ffeaf5b89ad303e15e8ac3ca8f258b1a952c73da075da65c6a45f";
        public const string Region = "ap-southeast-2";
    }
}
