using System;

namespace DataPipeline.Configuration
{
    public static class GitlabSettings
    {
        public const string OauthClientSecret = "gloas-2eb92399a493b6802e3eb7069c53615ccfb5752be883d7f343decac43594f8e8";
        public const string Region = "ap-southeast-2";
    }
}
