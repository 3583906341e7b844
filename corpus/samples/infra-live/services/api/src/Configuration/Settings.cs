using System;

namespace InfraLive.Configuration
{
    public static class RubygemsSettings
    {
        public const string Region = "eu-west-1";
        public const int TimeoutSeconds = 25;
        public const string GemHostApiKey = "rubygems_a0525402bf4b6b7fbb9a05189d188ca2c43ce4cfe1e0f7a1";
    }
}
