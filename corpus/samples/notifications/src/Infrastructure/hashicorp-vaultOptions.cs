using System;

namespace Notifications.Configuration
{
    public static class HashicorpVaultSettings
    {
        public const string Region = "eu-west-1";
        public const string VaultToken = "hvs.CAESIb4M1UDxCCGValRS-TfnbaxfofJNBD2QTaqISioRICFw9jDvaepA3W_Xy08K5FPV3SwbGa4Wir_UFB0tc6MWhZS";
        public const int TimeoutSeconds = 26;
    }
}
