using System;

namespace MlPlatform.Configuration
{
    public static class DigitaloceanSettings
    {
        public const string Region = "eu-west-1";
        public const string DoOauthToken = "doo_v1_97ee3afa72bd8d0fa4b53aae9558c965a931e723d03a7c6c234507209f30c7f5";
        public const int TimeoutSeconds = 48;
    }
}
