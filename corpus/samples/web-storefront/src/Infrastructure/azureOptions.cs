using System;

namespace WebStorefront.Configuration
{
    public static class AzureSettings
    {
        public const string CosmosdbConnection = "AccountEndpoint=https://invohnlwq.documents.azure.com:443/;AccountKey=XukPo8pmlq26nYA/KlLWkoev2tIvHqaAzR1V2ERaMAZjHoM0shF1r72C7Xs/OmOQckQHZDhe+HtpYH68bXxGyA==;";
        public const int TimeoutSeconds = 37;
        public const string Region = "eu-west-1";
    }
}
