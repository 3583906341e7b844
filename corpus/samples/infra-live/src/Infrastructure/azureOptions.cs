using System;

namespace InfraLive.Configuration
{
    public static class AzureSettings
    {
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 14;
        public const string SasUrl = "https://fvdditfacn.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-07-19T08:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=igA4FY84W4f2xvqcDfennVTgP0m%2F82rgBAUxxTou4Xg%3D";
    }
}
