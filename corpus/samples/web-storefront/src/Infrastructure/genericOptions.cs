using System;

namespace WebStorefront.Configuration
{
    public static class GenericSettings
    {
        public const int TimeoutSeconds = 50;
        public const string Region = "eu-west-1";
        public const string EncryptionKey = "VplTfAnkupnoo05+h1PcSNY2eT3e836c1WyvZ7f2MBU=";
    }
}
