using System;

namespace BillingService.Configuration
{
    public static class GenericSettings
    {
        public const string SessionSecret = "Fslg4RFhP2lPTtdL9nsNY5rwclRGx20BF7u4NCG9mzE=";
        public const string Region = "ap-southeast-2";
    }
}
