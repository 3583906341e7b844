using System;

namespace DataPipeline.Configuration
{
    public static class GenericSettings
    {
        public const int TimeoutSeconds = 23;
        public const string ApnsKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIMjM6s1cDb3dtQzgtY8tGJzmC5h+UmxXYPJVgjv+VuXVoAoGCCqGSM49
AwEHoUQDQgAE6m5EecUMr+xzTA97U9GH2+BNvR1JHe82uo8PgNYUi9oxES7T8xd1
ve30csm1ttY+1Eo/uJEc9N0+4JWuEdnGdQ==
-----END EC PRIVATE KEY-----";
        public const string Region = "ap-southeast-2";
    }
}
