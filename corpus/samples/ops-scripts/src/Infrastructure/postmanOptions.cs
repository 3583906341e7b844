using System;

namespace OpsScripts.Configuration
{
    public static class PostmanSettings
    {
        public const string PostmanApiKey = "PMAK-2939a48cbda017c1a597aaf0-2012c834f3c4b145691b1193d38198b932";
        public const string Region = "ap-southeast-2";
        public const int TimeoutSeconds = 44;
    }
}
