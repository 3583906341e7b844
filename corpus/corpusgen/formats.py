"""Positive token formats, each written from the provider's own documentation of the format.

A format makes a credential (`Cred`): the value written into a file, the secret inside it
(the whole value unless said otherwise, e.g. the password of a database URL) and companion
values written on neighbouring lines (the key id of an AWS pair, a Twilio account SID).
`names` are realistic variable / setting names (snake case; carriers restyle them).

These formats are deliberately NOT derived from leakscan's rules: the corpus measures recall.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from leakscan.checks import github_token

from . import keys
from .rand import (
    B62,
    B64,
    B64U,
    BASE32,
    BASE32L,
    BECH32U,
    DIGITS,
    HEX,
    HEXU,
    LOWER_ALNUM,
    UPPER_ALNUM,
    Gen,
    T,
    b64,
    b64url,
    digits,
    human_password,
    rbytes,
    rs,
    strong_password,
    url_password,
    uuid4,
)


@dataclass(frozen=True)
class Cred:
    value: str
    secret: str = ""
    companions: tuple[str, ...] = ()

    @property
    def primary(self) -> str:
        return self.secret or self.value


Maker = Callable[[random.Random], Cred]


@dataclass(frozen=True)
class Fmt:
    kind: str
    provider: str
    family: str
    make: Maker
    names: tuple[str, ...]
    ref: str
    companion_names: tuple[tuple[str, ...], ...] = ()
    count: int = 4
    multiline: bool = False


FORMATS: list[Fmt] = []


def F(
    kind: str,
    provider: str,
    family: str,
    make: Maker | Gen,
    names: tuple[str, ...] | str,
    ref: str,
    companions: tuple[tuple[str, ...], ...] = (),
    count: int = 4,
    multiline: bool = False,
) -> None:
    if isinstance(names, str):
        names = tuple(names.split())

    def maker(r: random.Random) -> Cred:
        out = make(r)
        return out if isinstance(out, Cred) else Cred(out)

    FORMATS.append(Fmt(kind, provider, family, maker, names, ref, companions, count, multiline))


def pair(id_gen: Gen, secret_gen: Gen) -> Maker:
    def make(r: random.Random) -> Cred:
        ident = id_gen(r)
        return Cred(secret_gen(r), companions=(ident,))

    return make


def gh(prefix: str) -> Gen:
    """GitHub / npm: 30 random base62 characters + a base62 CRC32 of them (6 characters)."""
    return lambda r: github_token(prefix, rs(r, B62, 30).encode()).decode()


# ---------------------------------------------------------------- source forges and CI
GH_FORMATS = (
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"
)
F(
    "github-pat-classic",
    "GitHub",
    "source-forges",
    gh("ghp_"),
    "github_token gh_token github_pat git_token",
    GH_FORMATS,
    count=6,
)
F(
    "github-oauth-token",
    "GitHub",
    "source-forges",
    gh("gho_"),
    "github_oauth_token gh_oauth_token",
    GH_FORMATS,
)
F(
    "github-user-to-server",
    "GitHub",
    "source-forges",
    gh("ghu_"),
    "github_app_user_token gh_user_token",
    GH_FORMATS,
)
F(
    "github-server-to-server",
    "GitHub",
    "source-forges",
    gh("ghs_"),
    "github_installation_token gh_app_token",
    GH_FORMATS,
)
F(
    "github-pat-fine-grained",
    "GitHub",
    "source-forges",
    T("github_pat_", (B62, 22), "_", (B62, 59)),
    "github_token gh_pat github_pat",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    count=5,
)
GL_TOKENS = "https://docs.gitlab.com/ee/security/tokens/#token-prefixes"
F(
    "gitlab-pat",
    "GitLab",
    "source-forges",
    T("glpat-", (B64U, 20)),
    "gitlab_token gitlab_pat gl_token",
    GL_TOKENS,
    count=5,
)
F(
    "gitlab-pat-routable",
    "GitLab",
    "source-forges",
    T("glpat-", (B64U, 27, 38), ".01.", (LOWER_ALNUM, 9)),
    "gitlab_token private_token",
    GL_TOKENS,
)
F(
    "gitlab-deploy-token",
    "GitLab",
    "source-forges",
    T("gldt-", (B64U, 20)),
    "gitlab_deploy_token ci_deploy_password",
    GL_TOKENS,
)
F(
    "gitlab-runner-auth-token",
    "GitLab",
    "source-forges",
    T("glrt-", (B64U, 20)),
    "runner_token token",
    GL_TOKENS,
)
F(
    "gitlab-runner-registration-token",
    "GitLab",
    "source-forges",
    T("GR1348941", (B64U, 20)),
    "registration_token runner_registration_token",
    GL_TOKENS,
)
F(
    "gitlab-pipeline-trigger-token",
    "GitLab",
    "source-forges",
    T("glptt-", (HEX, 40)),
    "trigger_token gitlab_trigger_token",
    GL_TOKENS,
)
F(
    "gitlab-feed-token",
    "GitLab",
    "source-forges",
    T("glft-", (B64U, 20)),
    "feed_token gitlab_feed_token",
    GL_TOKENS,
)
F(
    "gitlab-oauth-app-secret",
    "GitLab",
    "source-forges",
    T("gloas-", (HEX, 64)),
    "gitlab_client_secret oauth_client_secret",
    GL_TOKENS,
)
F(
    "bitbucket-app-password",
    "Bitbucket",
    "source-forges",
    T("ATBB", (B62, 28), (HEXU, 8)),
    "bitbucket_app_password bitbucket_password",
    "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
)
F(
    "atlassian-api-token",
    "Atlassian",
    "source-forges",
    T("ATATT3xFfGF0", (B64U, 170), "=", (HEXU, 8)),
    "jira_api_token atlassian_api_token confluence_token",
    "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
)
F(
    "circleci-personal-token",
    "CircleCI",
    "source-forges",
    T("CCIPAT_", (B62, 22), "_", (HEX, 40)),
    "circleci_token circle_token",
    "https://circleci.com/docs/managing-api-tokens/",
)
F(
    "buildkite-api-token",
    "Buildkite",
    "source-forges",
    T("bkua_", (HEX, 40)),
    "buildkite_api_token buildkite_token",
    "https://buildkite.com/docs/apis/managing-api-tokens",
)
F(
    "azure-devops-pat",
    "Azure DevOps",
    "source-forges",
    T((BASE32L, 52)),
    "azure_devops_pat azdo_personal_access_token ado_token",
    "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
)
F(
    "azure-devops-pat-v2",
    "Azure DevOps",
    "source-forges",
    T((B62, 76), "AZDO", (B62, 4)),
    "azure_devops_pat system_accesstoken_override",
    "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
)

# ---------------------------------------------------------------- cloud
AWS_KEYS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
F(
    "aws-access-key-pair",
    "AWS",
    "cloud",
    pair(T("AKIA", (BASE32, 16)), T((B62 + "/+", 40))),
    "aws_secret_access_key secret_access_key aws_secret_key",
    AWS_KEYS,
    companions=(("aws_access_key_id", "access_key_id", "aws_access_key"),),
    count=8,
)


def _aws_session(r: random.Random) -> Cred:
    kid = "ASIA" + rs(r, BASE32, 16)
    token = "IQoJb3JpZ2luX2Vj" + rs(r, B64, r.randint(560, 620)) + "=="
    return Cred(rs(r, B62 + "/+", 40), companions=(kid, token))


F(
    "aws-session-credentials",
    "AWS",
    "cloud",
    _aws_session,
    "aws_secret_access_key",
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html",
    companions=(("aws_access_key_id",), ("aws_session_token",)),
)
F(
    "aws-access-key-id-only",
    "AWS",
    "cloud",
    T("AKIA", (BASE32, 16)),
    "aws_access_key_id access_key",
    AWS_KEYS,
    count=3,
)
F(
    "aws-mws-key",
    "AWS",
    "cloud",
    lambda r: "amzn.mws." + uuid4(r),
    "mws_auth_token amazon_mws_token",
    "https://developer-docs.amazon.com/sp-api/docs/sp-api-registration-overview",
)
GCP_KEYS = "https://cloud.google.com/docs/authentication/api-keys"
F(
    "gcp-api-key",
    "Google Cloud",
    "cloud",
    T("AIza", (B64U, 35)),
    "google_api_key gcp_api_key maps_api_key youtube_api_key",
    GCP_KEYS,
    count=6,
)
F(
    "gcp-oauth-client-secret",
    "Google Cloud",
    "cloud",
    pair(
        lambda r: (
            digits(r, 10**11, 10**12 - 1) + "-" + rs(r, LOWER_ALNUM, 32) + ".apps.googleusercontent.com"
        ),
        T("GOCSPX-", (B64U, 28)),
    ),
    "google_client_secret client_secret",
    "https://developers.google.com/identity/protocols/oauth2",
    companions=(("google_client_id", "client_id"),),
)
F(
    "gcp-oauth-access-token",
    "Google Cloud",
    "cloud",
    T("ya29.", (B64U, 150, 200)),
    "google_access_token gcloud_access_token",
    "https://developers.google.com/identity/protocols/oauth2",
)
F(
    "gcp-oauth-refresh-token",
    "Google Cloud",
    "cloud",
    T("1//0", (B64U, 99)),
    "google_refresh_token refresh_token",
    "https://developers.google.com/identity/protocols/oauth2",
)
AZ_STORAGE = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"


def _az_storage(r: random.Random) -> Cred:
    key = b64(rbytes(r, 64))
    acct = r.choice(("prod", "stg", "data", "logs")) + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 8)
    value = (
        f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net"
    )
    return Cred(value, secret=key)


F(
    "azure-storage-connection-string",
    "Azure",
    "cloud",
    _az_storage,
    "azure_storage_connection_string storage_connection_string azure_webjobs_storage",
    AZ_STORAGE,
    count=5,
)
F(
    "azure-storage-account-key",
    "Azure",
    "cloud",
    lambda r: b64(rbytes(r, 64)),
    "azure_storage_key azure_storage_account_key storage_account_access_key",
    AZ_STORAGE,
)
F(
    "azure-ad-client-secret",
    "Azure",
    "cloud",
    pair(uuid4, T((B62 + "_~.-", 3), (DIGITS, 1), "Q~", (B62 + "_~.-", 34))),
    "azure_client_secret client_secret arm_client_secret",
    "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
    companions=(("azure_client_id", "client_id", "arm_client_id"),),
    count=5,
)


def _az_sb(r: random.Random) -> Cred:
    key = b64(rbytes(r, 32))
    ns = r.choice(("orders", "events", "billing", "telemetry")) + "-" + r.choice(("prod", "eu", "west"))
    kind = r.choice(("servicebus", "servicebus"))
    value = (
        f"Endpoint=sb://{ns}.{kind}.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
        f"SharedAccessKey={key}"
    )
    return Cred(value, secret=key)


F(
    "azure-service-bus-connection-string",
    "Azure",
    "cloud",
    _az_sb,
    "service_bus_connection_string event_hub_connection_string azure_servicebus_connection",
    "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
)


def _az_sas(r: random.Random) -> Cred:
    sig = b64(rbytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    q = (
        f"sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}"
        f"T0{r.randint(0, 9)}:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig={sig}"
    )
    return Cred(f"https://{rs(r, 'abcdefghijklmnopqrstuvwxyz', 10)}.blob.core.windows.net/?{q}", secret=sig)


F(
    "azure-sas-url",
    "Azure",
    "cloud",
    _az_sas,
    "azure_blob_sas_url sas_url backup_container_url",
    "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas",
)


def _cosmos(r: random.Random) -> Cred:
    key = b64(rbytes(r, 64))
    return Cred(
        f"AccountEndpoint=https://{rs(r, 'abcdefghijklmnopqrstuvwxyz', 9)}.documents.azure.com:443/;"
        f"AccountKey={key};",
        secret=key,
    )


F(
    "azure-cosmosdb-connection-string",
    "Azure",
    "cloud",
    _cosmos,
    "cosmos_connection_string cosmosdb_connection",
    "https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/how-to-dotnet-get-started",
)
F(
    "azure-openai-key",
    "Azure",
    "ai-ml",
    T((HEX, 32)),
    "azure_openai_api_key azure_openai_key",
    "https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication",
)
F(
    "digitalocean-pat",
    "DigitalOcean",
    "cloud",
    T("dop_v1_", (HEX, 64)),
    "digitalocean_token do_token digitalocean_access_token",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
)
F(
    "digitalocean-oauth-token",
    "DigitalOcean",
    "cloud",
    T("doo_v1_", (HEX, 64)),
    "do_oauth_token",
    "https://docs.digitalocean.com/reference/api/oauth-api/",
)
F(
    "heroku-api-key-v2",
    "Heroku",
    "cloud",
    T("HRKU-AA", (B64U, 58)),
    "heroku_api_key heroku_token",
    "https://devcenter.heroku.com/articles/authentication",
)
F(
    "heroku-api-key-legacy",
    "Heroku",
    "cloud",
    uuid4,
    "heroku_api_key",
    "https://devcenter.heroku.com/articles/authentication",
    count=3,
)
F(
    "cloudflare-api-token",
    "Cloudflare",
    "cloud",
    T((B64U, 40)),
    "cloudflare_api_token cf_api_token",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
)
F(
    "cloudflare-global-api-key",
    "Cloudflare",
    "cloud",
    T((HEX, 37)),
    "cloudflare_api_key cf_api_key",
    "https://developers.cloudflare.com/fundamentals/api/get-started/keys/",
    count=3,
)
F(
    "cloudflare-origin-ca-key",
    "Cloudflare",
    "cloud",
    T("v1.0-", (HEX, 24), "-", (HEX, 146)),
    "cloudflare_origin_ca_key origin_ca_key",
    "https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/",
    count=3,
)
F(
    "alibaba-access-key-pair",
    "Alibaba Cloud",
    "cloud",
    pair(T("LTAI", (B62, 20)), T((B62, 30))),
    "alibaba_cloud_access_key_secret aliyun_access_key_secret",
    "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
    companions=(("alibaba_cloud_access_key_id", "aliyun_access_key_id"),),
)
F(
    "scaleway-secret-key",
    "Scaleway",
    "cloud",
    pair(T("SCW", (UPPER_ALNUM, 17)), uuid4),
    "scw_secret_key scaleway_secret_key",
    "https://www.scaleway.com/en/docs/iam/concepts/#api-key",
    companions=(("scw_access_key",),),
    count=3,
)
F(
    "ibm-cloud-api-key",
    "IBM Cloud",
    "cloud",
    T((B64U, 44)),
    "ibmcloud_api_key ic_api_key",
    "https://cloud.ibm.com/docs/account?topic=account-userapikey",
    count=3,
)
F(
    "linode-token",
    "Linode",
    "cloud",
    T((HEX, 64)),
    "linode_token linode_api_token",
    "https://techdocs.akamai.com/linode-api/reference/get-started",
    count=3,
)
F(
    "hashicorp-vault-service-token",
    "HashiCorp Vault",
    "cloud",
    T("hvs.CAESI", (B64U, 86)),
    "vault_token",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
    count=5,
)
F(
    "hashicorp-vault-batch-token",
    "HashiCorp Vault",
    "cloud",
    T("hvb.AAAAAQ", (B64U, 130, 150)),
    "vault_token vault_batch_token",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes",
)
F(
    "hashicorp-vault-legacy-token",
    "HashiCorp Vault",
    "cloud",
    T("s.", (B62, 24)),
    "vault_token",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens",
    count=3,
)
F(
    "terraform-cloud-token",
    "HashiCorp Terraform",
    "cloud",
    T((B62, 14), ".atlasv1.", (B62, 67)),
    "tfe_token atlas_token terraform_cloud_token",
    "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
)
F(
    "pulumi-access-token",
    "Pulumi",
    "cloud",
    T("pul-", (HEX, 40)),
    "pulumi_access_token",
    "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
)
F(
    "tailscale-auth-key",
    "Tailscale",
    "cloud",
    T("tskey-auth-", (B62, 6), "CNTRL-", (B62, 33)),
    "ts_authkey tailscale_auth_key",
    "https://tailscale.com/kb/1277/key-prefixes",
)
F(
    "tailscale-api-key",
    "Tailscale",
    "cloud",
    T("tskey-api-", (B62, 6), "CNTRL-", (B62, 33)),
    "tailscale_api_key ts_api_key",
    "https://tailscale.com/kb/1277/key-prefixes",
    count=3,
)
F(
    "doppler-personal-token",
    "Doppler",
    "cloud",
    T("dp.pt.", (B62, 43)),
    "doppler_token",
    "https://docs.doppler.com/reference/auth-token-formats",
)
F(
    "doppler-service-token",
    "Doppler",
    "cloud",
    T("dp.st.prd.", (B62, 40)),
    "doppler_token",
    "https://docs.doppler.com/reference/auth-token-formats",
    count=3,
)

# ---------------------------------------------------------------- package registries
F(
    "npm-access-token",
    "npm",
    "registries",
    gh("npm_"),
    "npm_token node_auth_token npm_auth_token",
    "https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/",
    count=6,
)


def _pypi(r: random.Random) -> str:
    ident = uuid4(r).encode()
    caveat = json.dumps(
        {"version": 1, "permissions": {"projects": [r.choice(("acme-sdk", "tool-x"))]}}
    ).encode()
    body = (
        b"\x02\x01\x08pypi.org\x02"
        + bytes([len(ident)])
        + ident
        + b"\x00\x02"
        + bytes([len(caveat)])
        + caveat
        + b"\x00\x00\x06\x20"
        + rbytes(r, 32)
    )
    return "pypi-" + b64url(body)


F(
    "pypi-api-token",
    "PyPI",
    "registries",
    _pypi,
    "pypi_token twine_password pypi_api_token",
    "https://pypi.org/help/#apitoken",
    count=5,
)
F(
    "dockerhub-pat",
    "Docker",
    "registries",
    T("dckr_pat_", (B64U, 27)),
    "docker_hub_token dockerhub_token docker_password",
    "https://docs.docker.com/security/for-developers/access-tokens/",
    count=5,
)
F(
    "dockerhub-org-token",
    "Docker",
    "registries",
    T("dckr_oat_", (B64U, 32)),
    "docker_org_token",
    "https://docs.docker.com/security/for-admins/access-tokens/",
    count=3,
)
F(
    "rubygems-api-key",
    "RubyGems",
    "registries",
    T("rubygems_", (HEX, 48)),
    "gem_host_api_key rubygems_api_key",
    "https://guides.rubygems.org/api-key-scopes/",
)
F(
    "nuget-api-key",
    "NuGet",
    "registries",
    T("oy2", (LOWER_ALNUM, 43)),
    "nuget_api_key nuget_key",
    "https://learn.microsoft.com/en-us/nuget/nuget-org/publish-a-package#create-an-api-key",
)
F(
    "crates-io-token",
    "crates.io",
    "registries",
    T("cio", (B62, 32)),
    "cargo_registry_token crates_io_token",
    "https://doc.rust-lang.org/cargo/reference/registry-authentication.html",
)
F(
    "clojars-deploy-token",
    "Clojars",
    "registries",
    T("CLOJARS_", (HEX, 60)),
    "clojars_token clojars_password",
    "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens",
    count=3,
)


def _jfrog(r: random.Random) -> str:
    return b64(f"reftkn:01:{r.randint(1_700_000_000, 2_000_000_000)}:{rs(r, B62, 27)}".encode())


F(
    "jfrog-reference-token",
    "JFrog",
    "registries",
    _jfrog,
    "artifactory_access_token jfrog_token",
    "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
)
F(
    "jfrog-api-key",
    "JFrog",
    "registries",
    T("AKCp", (B62, 69)),
    "artifactory_api_key artifactory_password",
    "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key",
    count=3,
)

# ---------------------------------------------------------------- payments
STRIPE = "https://docs.stripe.com/keys"
F(
    "stripe-secret-key-live",
    "Stripe",
    "payments",
    T("sk_live_", (B62, 24)),
    "stripe_secret_key stripe_api_key stripe_key",
    STRIPE,
    count=5,
)
F(
    "stripe-secret-key-live-long",
    "Stripe",
    "payments",
    T("sk_live_51", (B62, 97)),
    "stripe_secret_key stripe_api_key",
    STRIPE,
    count=4,
)
F("stripe-restricted-key", "Stripe", "payments", T("rk_live_51", (B62, 97)), "stripe_restricted_key", STRIPE)
F(
    "stripe-secret-key-test",
    "Stripe",
    "payments",
    T("sk_test_51", (B62, 97)),
    "stripe_secret_key",
    STRIPE,
    count=3,
)
F(
    "stripe-webhook-secret",
    "Stripe",
    "payments",
    T("whsec_", (B62, 32)),
    "stripe_webhook_secret webhook_signing_secret",
    "https://docs.stripe.com/webhooks#verify-events",
)
SQUARE = "https://developer.squareup.com/docs/build-basics/access-tokens"
F("square-access-token", "Square", "payments", T("EAAA", (B64U, 60)), "square_access_token", SQUARE)
F(
    "square-application-secret",
    "Square",
    "payments",
    T("sq0csp-", (B64U, 43)),
    "square_application_secret square_oauth_secret",
    SQUARE,
)
F(
    "braintree-access-token",
    "PayPal Braintree",
    "payments",
    T("access_token$production$", (LOWER_ALNUM, 16), "$", (HEX, 32)),
    "braintree_access_token paypal_access_token",
    "https://developer.paypal.com/braintree/docs/guides/authorization/access-token",
)
F(
    "razorpay-key-secret",
    "Razorpay",
    "payments",
    pair(T("rzp_live_", (B62, 14)), T((B62, 24))),
    "razorpay_key_secret",
    "https://razorpay.com/docs/api/authentication/",
    companions=(("razorpay_key_id",),),
)
F(
    "flutterwave-secret-key",
    "Flutterwave",
    "payments",
    T("FLWSECK-", (HEX, 32), "-X"),
    "flw_secret_key flutterwave_secret_key",
    "https://developer.flutterwave.com/docs/integration-guides/authentication",
)
F(
    "paystack-secret-key",
    "Paystack",
    "payments",
    T("sk_live_", (HEX, 40)),
    "paystack_secret_key",
    "https://paystack.com/docs/api/authentication/",
    count=3,
)
F(
    "gocardless-access-token",
    "GoCardless",
    "payments",
    T("live_", (B64U, 40)),
    "gocardless_access_token",
    "https://developer.gocardless.com/getting-started/api/making-your-first-request/",
    count=3,
)
F(
    "shippo-live-token",
    "Shippo",
    "payments",
    T("shippo_live_", (HEX, 40)),
    "shippo_api_token shippo_token",
    "https://docs.goshippo.com/docs/guides_general/authentication/",
    count=3,
)
F(
    "easypost-api-key",
    "EasyPost",
    "payments",
    T("EZAK", (B62, 54)),
    "easypost_api_key",
    "https://docs.easypost.com/docs/authentication",
    count=3,
)

# ---------------------------------------------------------------- communications
SLACK = "https://api.slack.com/authentication/token-types"
F(
    "slack-bot-token",
    "Slack",
    "communications",
    T("xoxb-", (DIGITS, 11, 13), "-", (DIGITS, 11, 13), "-", (B62, 24)),
    "slack_bot_token slack_token slack_api_token",
    SLACK,
    count=6,
)
F(
    "slack-user-token",
    "Slack",
    "communications",
    T("xoxp-", (DIGITS, 11, 13), "-", (DIGITS, 11, 13), "-", (DIGITS, 12, 13), "-", (HEX, 32)),
    "slack_user_token slack_token",
    SLACK,
    count=4,
)
F(
    "slack-app-token",
    "Slack",
    "communications",
    T("xapp-1-A", (UPPER_ALNUM, 10), "-", (DIGITS, 13), "-", (HEX, 64)),
    "slack_app_token",
    SLACK,
)
F(
    "slack-config-refresh-token",
    "Slack",
    "communications",
    T("xoxe-1-", (B62, 140, 150)),
    "slack_refresh_token slack_config_refresh_token",
    SLACK,
    count=3,
)
F(
    "slack-webhook-url",
    "Slack",
    "communications",
    T("https://hooks.slack.com/services/T", (UPPER_ALNUM, 8), "/B", (UPPER_ALNUM, 10), "/", (B62, 24)),
    "slack_webhook_url slack_webhook alerts_webhook",
    "https://api.slack.com/messaging/webhooks",
    count=6,
)
TWILIO = "https://www.twilio.com/docs/iam/api/account"
F(
    "twilio-auth-token",
    "Twilio",
    "communications",
    pair(T("AC", (HEX, 32)), T((HEX, 32))),
    "twilio_auth_token auth_token",
    TWILIO,
    companions=(("twilio_account_sid", "account_sid"),),
    count=5,
)
F(
    "twilio-api-key",
    "Twilio",
    "communications",
    pair(T("SK", (HEX, 32)), T((B62, 32))),
    "twilio_api_secret api_secret",
    "https://www.twilio.com/docs/iam/api-keys",
    companions=(("twilio_api_key", "twilio_api_key_sid"),),
)
F(
    "sendgrid-api-key",
    "SendGrid",
    "communications",
    T("SG.", (B64U, 22), ".", (B64U, 43)),
    "sendgrid_api_key email_api_key",
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    count=5,
)
F(
    "mailgun-api-key",
    "Mailgun",
    "communications",
    T("key-", (HEX, 32)),
    "mailgun_api_key mailgun_key",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
)
F(
    "mailchimp-api-key",
    "Mailchimp",
    "communications",
    lambda r: rs(r, HEX, 32) + f"-us{r.randint(1, 21)}",
    "mailchimp_api_key mc_api_key",
    "https://mailchimp.com/developer/marketing/guides/quick-start/",
)
F(
    "brevo-api-key",
    "Brevo",
    "communications",
    T("xkeysib-", (HEX, 64), "-", (B62, 16)),
    "brevo_api_key sendinblue_api_key",
    "https://developers.brevo.com/docs/getting-started",
)
F(
    "postmark-server-token",
    "Postmark",
    "communications",
    uuid4,
    "postmark_server_token postmark_api_token",
    "https://postmarkapp.com/developer/api/overview#authentication",
    count=3,
)
F(
    "vonage-api-secret",
    "Vonage",
    "communications",
    pair(T((HEX, 8)), T((B62, 16))),
    "vonage_api_secret nexmo_api_secret",
    "https://developer.vonage.com/en/getting-started/concepts/authentication",
    companions=(("vonage_api_key", "nexmo_api_key"),),
    count=3,
)


def _discord_bot(r: random.Random) -> str:
    uid = str(r.randint(10**17, 10**19 - 1))
    return b64url(uid.encode()) + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 38)


F(
    "discord-bot-token",
    "Discord",
    "communications",
    _discord_bot,
    "discord_token discord_bot_token bot_token",
    "https://discord.com/developers/docs/reference#authentication",
    count=5,
)
F(
    "discord-webhook-url",
    "Discord",
    "communications",
    T("https://discord.com/api/webhooks/", (DIGITS, 18, 19), "/", (B64U, 68)),
    "discord_webhook_url discord_webhook",
    "https://discord.com/developers/docs/resources/webhook",
)
F(
    "telegram-bot-token",
    "Telegram",
    "communications",
    T((DIGITS, 9, 10), ":AA", (B64U, 33)),
    "telegram_bot_token telegram_token tg_bot_token",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    count=5,
)
F(
    "teams-incoming-webhook",
    "Microsoft Teams",
    "communications",
    lambda r: (
        f"https://{r.choice(('contoso', 'acmecorp', 'northwind'))}.webhook.office.com/webhookb2/"
        f"{uuid4(r)}@{uuid4(r)}/IncomingWebhook/{rs(r, HEX, 32)}/{uuid4(r)}"
    ),
    "teams_webhook_url ms_teams_webhook",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
)

# ---------------------------------------------------------------- AI / ML
OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
F(
    "openai-project-key",
    "OpenAI",
    "ai-ml",
    T("sk-proj-", (B64U, 74), "T3BlbkFJ", (B64U, 74)),
    "openai_api_key openai_key",
    OPENAI,
    count=6,
)
F(
    "openai-legacy-key",
    "OpenAI",
    "ai-ml",
    T("sk-", (B62, 20), "T3BlbkFJ", (B62, 20)),
    "openai_api_key",
    OPENAI,
    count=4,
)
F(
    "openai-service-account-key",
    "OpenAI",
    "ai-ml",
    T("sk-svcacct-", (B64U, 74), "T3BlbkFJ", (B64U, 74)),
    "openai_api_key",
    OPENAI,
)
F(
    "openai-admin-key",
    "OpenAI",
    "ai-ml",
    T("sk-admin-", (B64U, 74), "T3BlbkFJ", (B64U, 74)),
    "openai_admin_key",
    "https://platform.openai.com/docs/api-reference/administration",
    count=3,
)
ANTHROPIC = "https://docs.anthropic.com/en/api/getting-started"
F(
    "anthropic-api-key",
    "Anthropic",
    "ai-ml",
    T("sk-ant-api03-", (B64U, 93), "AA"),
    "anthropic_api_key claude_api_key",
    ANTHROPIC,
    count=6,
)
F(
    "anthropic-admin-key",
    "Anthropic",
    "ai-ml",
    T("sk-ant-admin01-", (B64U, 93), "AA"),
    "anthropic_admin_key",
    "https://docs.anthropic.com/en/api/administration-api",
    count=3,
)
F(
    "huggingface-token",
    "Hugging Face",
    "ai-ml",
    T("hf_", (B62[:52], 34)),
    "hf_token huggingface_token hugging_face_hub_token",
    "https://huggingface.co/docs/hub/security-tokens",
    count=5,
)
F(
    "huggingface-org-token",
    "Hugging Face",
    "ai-ml",
    T("api_org_", (B62[:52], 34)),
    "hf_org_token",
    "https://huggingface.co/docs/hub/security-tokens",
    count=3,
)
F(
    "replicate-api-token",
    "Replicate",
    "ai-ml",
    T("r8_", (B62, 37)),
    "replicate_api_token",
    "https://replicate.com/docs/reference/http#authentication",
)
F(
    "groq-api-key",
    "Groq",
    "ai-ml",
    T("gsk_", (B62, 52)),
    "groq_api_key",
    "https://console.groq.com/docs/quickstart",
)
F(
    "perplexity-api-key",
    "Perplexity",
    "ai-ml",
    T("pplx-", (B62, 48)),
    "perplexity_api_key pplx_api_key",
    "https://docs.perplexity.ai/guides/getting-started",
)
F(
    "xai-api-key",
    "xAI",
    "ai-ml",
    T("xai-", (B62, 80)),
    "xai_api_key grok_api_key",
    "https://docs.x.ai/docs/overview",
)
F(
    "openrouter-api-key",
    "OpenRouter",
    "ai-ml",
    T("sk-or-v1-", (HEX, 64)),
    "openrouter_api_key",
    "https://openrouter.ai/docs/api-reference/authentication",
)
F(
    "langsmith-api-key",
    "LangChain",
    "ai-ml",
    T("lsv2_pt_", (HEX, 32), "_", (HEX, 10)),
    "langchain_api_key langsmith_api_key",
    "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key",
)
F(
    "pinecone-api-key",
    "Pinecone",
    "ai-ml",
    T("pcsk_", (B62, 6), "_", (B62, 63)),
    "pinecone_api_key",
    "https://docs.pinecone.io/guides/projects/manage-api-keys",
)
F(
    "wandb-api-key",
    "Weights & Biases",
    "ai-ml",
    T((HEX, 40)),
    "wandb_api_key",
    "https://docs.wandb.ai/guides/track/environment-variables/",
)
F(
    "cohere-api-key",
    "Cohere",
    "ai-ml",
    T((B62, 40)),
    "cohere_api_key co_api_key",
    "https://docs.cohere.com/reference/about",
)
F(
    "mistral-api-key",
    "Mistral AI",
    "ai-ml",
    T((B62, 32)),
    "mistral_api_key",
    "https://docs.mistral.ai/getting-started/quickstart/",
)
F(
    "deepseek-api-key",
    "DeepSeek",
    "ai-ml",
    T("sk-", (HEX, 32)),
    "deepseek_api_key",
    "https://api-docs.deepseek.com/",
    count=3,
)
F(
    "databricks-pat",
    "Databricks",
    "ai-ml",
    T("dapi", (HEX, 32)),
    "databricks_token",
    "https://docs.databricks.com/en/dev-tools/auth/pat.html",
)

# ---------------------------------------------------------------- observability
F(
    "datadog-api-key",
    "Datadog",
    "observability",
    T((HEX, 32)),
    "dd_api_key datadog_api_key",
    "https://docs.datadoghq.com/account_management/api-app-keys/",
    count=5,
)
F(
    "datadog-app-key",
    "Datadog",
    "observability",
    T((HEX, 40)),
    "dd_app_key datadog_app_key dd_application_key",
    "https://docs.datadoghq.com/account_management/api-app-keys/",
    count=4,
)
NEWRELIC = "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"
F(
    "newrelic-user-key",
    "New Relic",
    "observability",
    T("NRAK-", (UPPER_ALNUM, 27)),
    "new_relic_api_key newrelic_api_key",
    NEWRELIC,
)
F(
    "newrelic-license-key",
    "New Relic",
    "observability",
    T((HEX, 36), "NRAL"),
    "new_relic_license_key newrelic_license_key",
    NEWRELIC,
)
F(
    "newrelic-insert-key",
    "New Relic",
    "observability",
    T("NRII-", (B64U, 32)),
    "new_relic_insert_key",
    NEWRELIC,
    count=3,
)


def _sentry_org(r: random.Random) -> str:
    payload = {
        "iat": 1_700_000_000 + r.randint(0, 9_999_999),
        "url": "https://sentry.io",
        "region_url": "https://us.sentry.io",
        "org": r.choice(("acme", "northwind", "initech")),
    }
    return (
        "sntrys_"
        + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=")
        + "_"
        + rs(r, B62, 43)
    )


F(
    "sentry-org-token",
    "Sentry",
    "observability",
    _sentry_org,
    "sentry_auth_token",
    "https://docs.sentry.io/account/auth-tokens/",
)
F(
    "sentry-user-token",
    "Sentry",
    "observability",
    T("sntryu_", (HEX, 64)),
    "sentry_auth_token",
    "https://docs.sentry.io/account/auth-tokens/",
)
F(
    "grafana-service-account-token",
    "Grafana",
    "observability",
    T("glsa_", (B62, 32), "_", (HEX, 8)),
    "grafana_token grafana_sa_token grafana_auth",
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
)


def _grafana_cloud(r: random.Random) -> str:
    payload = {
        "o": str(r.randint(100000, 999999)),
        "n": f"stack-{r.randint(100000, 999999)}-hm-read",
        "k": rs(r, B62, 24),
        "m": {"r": r.choice(("prod-us-east-0", "prod-eu-west-2"))},
    }
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


F(
    "grafana-cloud-token",
    "Grafana",
    "observability",
    _grafana_cloud,
    "grafana_cloud_token grafana_cloud_api_key",
    "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
)
F(
    "dynatrace-api-token",
    "Dynatrace",
    "observability",
    T("dt0c01.", (UPPER_ALNUM, 24), ".", (UPPER_ALNUM, 64)),
    "dt_api_token dynatrace_api_token",
    "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens",
)
F(
    "honeycomb-ingest-key",
    "Honeycomb",
    "observability",
    T("hcaik_01", (LOWER_ALNUM, 56)),
    "honeycomb_api_key",
    "https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/",
    count=3,
)
F(
    "rollbar-access-token",
    "Rollbar",
    "observability",
    T((HEX, 32)),
    "rollbar_access_token rollbar_token",
    "https://docs.rollbar.com/docs/access-tokens",
    count=3,
)
F(
    "pagerduty-api-key",
    "PagerDuty",
    "observability",
    T("u+", (B64U, 18)),
    "pagerduty_token pagerduty_api_key",
    "https://support.pagerduty.com/main/docs/api-access-keys",
    count=3,
)
F(
    "splunk-hec-token",
    "Splunk",
    "observability",
    uuid4,
    "splunk_hec_token hec_token",
    "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector",
    count=3,
)
F(
    "elastic-api-key",
    "Elastic",
    "observability",
    lambda r: b64(f"{rs(r, B64U, 20)}:{rs(r, B64U, 22)}".encode()),
    "elastic_api_key es_api_key",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html",
)

# ---------------------------------------------------------------- databases


def _url(scheme: str, user: str, host: str, tail: str, pw: Gen = url_password) -> Maker:
    def make(r: random.Random) -> Cred:
        p = pw(r)
        return Cred(f"{scheme}://{user}:{p}@{host.format(h=rs(r, LOWER_ALNUM, 6))}{tail}", secret=p)

    return make


LIBPQ = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS"
F(
    "postgres-url",
    "PostgreSQL",
    "databases",
    _url("postgresql", "app_user", "db-{h}.internal.corp", ":5432/orders"),
    "database_url postgres_url db_url sqlalchemy_database_uri",
    LIBPQ,
    count=6,
)
F(
    "postgres-url-human-password",
    "PostgreSQL",
    "databases",
    _url("postgres", "admin", "pg-{h}.prod.lan", ":5432/app", pw=human_password),
    "database_url",
    LIBPQ,
)
F(
    "mysql-url",
    "MySQL",
    "databases",
    _url("mysql", "root", "mysql-{h}.svc.cluster.local", ":3306/shop"),
    "mysql_url database_url",
    "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html",
)
F(
    "mongodb-srv-url",
    "MongoDB",
    "databases",
    _url("mongodb+srv", "svc-api", "cluster0.{h}.mongodb.net", "/prod?retryWrites=true&w=majority"),
    "mongodb_uri mongo_url",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    count=5,
)
F(
    "redis-url",
    "Redis",
    "databases",
    _url("redis", "default", "redis-{h}.cache.internal", ":6379/0"),
    "redis_url cache_url",
    "https://www.iana.org/assignments/uri-schemes/prov/redis",
)
F(
    "amqp-url",
    "RabbitMQ",
    "databases",
    _url("amqps", "worker", "mq-{h}.internal", ":5671/%2f"),
    "amqp_url broker_url celery_broker_url",
    "https://www.rabbitmq.com/docs/uri-spec",
)


def _jdbc(r: random.Random) -> Cred:
    pw = url_password(r)
    if r.random() < 0.5:
        return Cred(
            f"jdbc:postgresql://pg-{rs(r, LOWER_ALNUM, 5)}.corp:5432/ledger?user=ledger&password={pw}",
            secret=pw,
        )
    return Cred(
        f"jdbc:sqlserver://sql-{rs(r, LOWER_ALNUM, 5)}.corp:1433;databaseName=crm;user=crm_app;"
        f"password={pw};encrypt=true",
        secret=pw,
    )


F(
    "jdbc-url-password",
    "JDBC",
    "databases",
    _jdbc,
    "jdbc_url datasource_url",
    "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url",
)


def _adonet(r: random.Random) -> Cred:
    pw = strong_password(r).replace(";", "")
    return Cred(
        f"Server=tcp:sql-{rs(r, LOWER_ALNUM, 6)}.database.windows.net,1433;Initial Catalog=orders;"
        f"User ID=orders_app;Password={pw};Encrypt=True;",
        secret=pw,
    )


F(
    "sqlserver-connection-string",
    "SQL Server",
    "databases",
    _adonet,
    "connection_string default_connection sql_connection_string",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax",
)
F(
    "planetscale-password",
    "PlanetScale",
    "databases",
    T("pscale_pw_", (B64U, 43)),
    "planetscale_password database_password",
    "https://planetscale.com/docs/concepts/connection-strings",
)
F(
    "planetscale-service-token",
    "PlanetScale",
    "databases",
    T("pscale_tkn_", (B64U, 43)),
    "planetscale_service_token",
    "https://planetscale.com/docs/concepts/service-tokens",
    count=3,
)
F(
    "supabase-access-token",
    "Supabase",
    "databases",
    T("sbp_", (HEX, 40)),
    "supabase_access_token",
    "https://supabase.com/docs/reference/cli/supabase-login",
)
F(
    "supabase-service-role-key",
    "Supabase",
    "databases",
    lambda r: keys.jwt(
        r, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20), "role": "service_role"}
    ),
    "supabase_service_role_key supabase_key",
    "https://supabase.com/docs/guides/api/api-keys",
)
F(
    "mongodb-atlas-api-private-key",
    "MongoDB",
    "databases",
    pair(T((LOWER_ALNUM[:26], 8)), uuid4),
    "atlas_private_key mongodb_atlas_private_key",
    "https://www.mongodb.com/docs/atlas/configure-api-access/",
    companions=(("atlas_public_key", "mongodb_atlas_public_key"),),
    count=3,
)

# ---------------------------------------------------------------- SaaS
F(
    "shopify-access-token",
    "Shopify",
    "saas",
    T("shpat_", (HEX, 32)),
    "shopify_access_token shopify_token",
    "https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing",
    count=4,
)
F(
    "shopify-custom-app-token",
    "Shopify",
    "saas",
    T("shpca_", (HEX, 32)),
    "shopify_access_token",
    "https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing",
    count=3,
)
F(
    "shopify-shared-secret",
    "Shopify",
    "saas",
    T("shpss_", (HEX, 32)),
    "shopify_api_secret shopify_client_secret",
    "https://shopify.dev/changelog/app-secret-key-length-has-increased",
)
F(
    "notion-integration-token",
    "Notion",
    "saas",
    T("ntn_", (B62, 46)),
    "notion_token notion_api_key",
    "https://developers.notion.com/docs/authorization",
)
F(
    "notion-legacy-secret",
    "Notion",
    "saas",
    T("secret_", (B62, 43)),
    "notion_token notion_api_key",
    "https://developers.notion.com/docs/authorization",
    count=3,
)
F(
    "airtable-pat",
    "Airtable",
    "saas",
    T("pat", (B62, 14), ".", (HEX, 64)),
    "airtable_api_key airtable_token",
    "https://airtable.com/developers/web/guides/personal-access-tokens",
)
F(
    "linear-api-key",
    "Linear",
    "saas",
    T("lin_api_", (B62, 40)),
    "linear_api_key",
    "https://developers.linear.app/docs/graphql/working-with-the-graphql-api",
)
F(
    "figma-pat",
    "Figma",
    "saas",
    T("figd_", (B64U, 40)),
    "figma_token figma_access_token",
    "https://www.figma.com/developers/api#access-tokens",
)
F(
    "postman-api-key",
    "Postman",
    "saas",
    T("PMAK-", (HEX, 24), "-", (HEX, 34)),
    "postman_api_key",
    "https://learning.postman.com/docs/developer/postman-api/authentication/",
)
F(
    "hubspot-private-app-token",
    "HubSpot",
    "saas",
    lambda r: f"pat-{r.choice(('na1', 'eu1'))}-{uuid4(r)}",
    "hubspot_access_token hubspot_token",
    "https://developers.hubspot.com/docs/api/private-apps",
)
F(
    "contentful-pat",
    "Contentful",
    "saas",
    T("CFPAT-", (B64U, 43)),
    "contentful_management_token",
    "https://www.contentful.com/developers/docs/references/authentication/",
)
F(
    "mapbox-secret-token",
    "Mapbox",
    "saas",
    lambda r: (
        "sk."
        + b64url(
            json.dumps(
                {"u": r.choice(("acme-maps", "geo-team")), "a": rs(r, LOWER_ALNUM, 25)}, separators=(",", ":")
            ).encode()
        )
        + "."
        + rs(r, B64U, 22)
    ),
    "mapbox_secret_token mapbox_access_token",
    "https://docs.mapbox.com/accounts/guides/tokens/",
)
F(
    "okta-api-token",
    "Okta",
    "saas",
    T("00", (B64U, 40)),
    "okta_api_token okta_token",
    "https://developer.okta.com/docs/guides/create-an-api-token/main/",
)
F(
    "auth0-client-secret",
    "Auth0",
    "saas",
    pair(T((B62, 32)), T((B64U, 64))),
    "auth0_client_secret",
    "https://auth0.com/docs/get-started/applications/application-settings",
    companions=(("auth0_client_id",),),
)
F(
    "algolia-admin-key",
    "Algolia",
    "saas",
    pair(T((UPPER_ALNUM, 10)), T((HEX, 32))),
    "algolia_admin_api_key algolia_api_key",
    "https://www.algolia.com/doc/guides/security/api-keys/",
    companions=(("algolia_app_id", "algolia_application_id"),),
)
F(
    "firebase-fcm-server-key",
    "Firebase",
    "saas",
    T("AAAA", (B64U, 7), ":APA91b", (B64U, 134)),
    "fcm_server_key firebase_server_key",
    "https://firebase.google.com/docs/cloud-messaging/auth-server",
)
F(
    "launchdarkly-sdk-key",
    "LaunchDarkly",
    "saas",
    lambda r: "sdk-" + uuid4(r),
    "launchdarkly_sdk_key ld_sdk_key",
    "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys",
)
F(
    "launchdarkly-api-token",
    "LaunchDarkly",
    "saas",
    lambda r: "api-" + uuid4(r),
    "launchdarkly_api_token",
    "https://docs.launchdarkly.com/home/account/api",
    count=3,
)
F(
    "zendesk-api-token",
    "Zendesk",
    "saas",
    T((B62, 40)),
    "zendesk_api_token zendesk_token",
    "https://support.zendesk.com/hc/en-us/articles/4408889192858",
    count=3,
)
F(
    "vercel-token",
    "Vercel",
    "saas",
    T((B62, 24)),
    "vercel_token",
    "https://vercel.com/docs/rest-api#authentication",
    count=3,
)


def _onepassword(r: random.Random) -> str:
    payload = {
        "signInAddress": "my.1password.com",
        "userAuth": {
            "method": "SRPg-4096",
            "alg": "PBES2g-HS256",
            "iterations": 650000,
            "salt": rs(r, B64U, 22),
        },
        "email": f"{rs(r, LOWER_ALNUM, 13)}@1passwordserviceaccounts.com",
        "srpX": rs(r, HEX, 64),
        "muk": {
            "alg": "A256GCM",
            "ext": True,
            "k": rs(r, B64U, 43),
            "key_ops": ["encrypt", "decrypt"],
            "kty": "oct",
            "kid": "mp",
        },
        "secretKey": "A3-" + rs(r, UPPER_ALNUM, 33),
        "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, UPPER_ALNUM, 26)},
        "deviceUuid": rs(r, LOWER_ALNUM, 26),
    }
    return "ops_" + b64url(json.dumps(payload, separators=(",", ":")).encode())


F(
    "onepassword-service-account-token",
    "1Password",
    "saas",
    _onepassword,
    "op_service_account_token",
    "https://developer.1password.com/docs/service-accounts/",
    count=3,
)

# ---------------------------------------------------------------- crypto keys (multi-line)
PEM_REF = "https://www.rfc-editor.org/rfc/rfc7468"
F(
    "rsa-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.pem_private_key(r, "RSA PRIVATE KEY"),
    "private_key rsa_private_key signing_key jwt_private_key",
    PEM_REF,
    count=6,
    multiline=True,
)
F(
    "pkcs8-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.pem_private_key(r, "PRIVATE KEY"),
    "private_key tls_key github_app_private_key",
    PEM_REF,
    count=5,
    multiline=True,
)
F(
    "ec-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.pem_private_key(r, "EC PRIVATE KEY"),
    "ec_private_key apns_key private_key",
    PEM_REF,
    count=4,
    multiline=True,
)
F(
    "dsa-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.pem_private_key(r, "DSA PRIVATE KEY"),
    "dsa_key private_key",
    PEM_REF,
    count=3,
    multiline=True,
)
F(
    "encrypted-pkcs8-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.pem_private_key(r, "ENCRYPTED PRIVATE KEY"),
    "encrypted_private_key private_key",
    PEM_REF,
    count=3,
    multiline=True,
)
F(
    "rsa-private-key-legacy-encrypted",
    "Generic",
    "crypto-keys",
    keys.pem_encrypted_rsa,
    "private_key ssl_key",
    "https://www.rfc-editor.org/rfc/rfc1421",
    count=3,
    multiline=True,
)
F(
    "openssh-private-key",
    "Generic",
    "crypto-keys",
    lambda r: keys.openssh_private_key(r, "deploy@ci"),
    "ssh_private_key deploy_key ssh_key",
    "https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key",
    count=5,
    multiline=True,
)
F(
    "pgp-private-key",
    "Generic",
    "crypto-keys",
    keys.pgp_private_key,
    "gpg_private_key signing_key pgp_key",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    count=3,
    multiline=True,
)
F(
    "age-secret-key",
    "age",
    "crypto-keys",
    T("AGE-SECRET-KEY-1", (BECH32U, 58)),
    "age_secret_key sops_age_key",
    "https://age-encryption.org/v1",
)

# ---------------------------------------------------------------- generic
F(
    "jwt-bearer",
    "Generic",
    "generic",
    lambda r: keys.jwt(r, {"scope": "read write", "iss": "https://auth.corp.lan"}),
    "access_token auth_token bearer_token api_jwt",
    "https://www.rfc-editor.org/rfc/rfc7519",
    count=5,
)
F(
    "jwt-rs256",
    "Generic",
    "generic",
    lambda r: keys.jwt(r, {"aud": "api", "azp": rs(r, B62, 20)}, alg="RS256"),
    "id_token access_token",
    "https://www.rfc-editor.org/rfc/rfc7519",
    count=3,
)
F(
    "password-random",
    "Generic",
    "generic",
    strong_password,
    "password db_password admin_password smtp_password mail_password redis_password ldap_bind_password",
    "https://cwe.mitre.org/data/definitions/798.html",
    count=10,
)
F(
    "password-human",
    "Generic",
    "generic",
    human_password,
    "password db_password admin_password smtp_password keystore_password",
    "https://cwe.mitre.org/data/definitions/798.html",
    count=8,
)
F(
    "generic-api-key-hex",
    "Generic",
    "generic",
    T((HEX, 32)),
    "api_key apikey service_api_key x_api_key",
    "https://cwe.mitre.org/data/definitions/798.html",
    count=5,
)
F(
    "generic-api-key-b62",
    "Generic",
    "generic",
    T((B62, 40)),
    "api_key api_secret client_secret secret_key",
    "https://cwe.mitre.org/data/definitions/798.html",
    count=5,
)
F(
    "generic-secret-b64",
    "Generic",
    "generic",
    lambda r: b64(rbytes(r, 32)),
    "encryption_key aes_key signing_secret jwt_secret session_secret",
    "https://cwe.mitre.org/data/definitions/321.html",
    count=5,
)
F(
    "webhook-hmac-secret",
    "Generic",
    "generic",
    T((HEX, 64)),
    "webhook_secret hmac_secret signing_secret",
    "https://cwe.mitre.org/data/definitions/798.html",
    count=4,
)
F(
    "basic-auth-url",
    "Generic",
    "generic",
    _url("https", "deploy", "nexus-{h}.corp.lan", "/repository/releases/"),
    "maven_repo_url artifact_url registry_url",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
    count=4,
)
F(
    "django-secret-key",
    "Django",
    "generic",
    T((LOWER_ALNUM + "!@#$%^&*(-_=+)", 50)),
    "secret_key django_secret_key",
    "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
    count=4,
)
F(
    "rails-secret-key-base",
    "Ruby on Rails",
    "generic",
    T((HEX, 128)),
    "secret_key_base",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    count=3,
)
F(
    "laravel-app-key",
    "Laravel",
    "generic",
    lambda r: "base64:" + b64(rbytes(r, 32)),
    "app_key",
    "https://laravel.com/docs/encryption#configuration",
    count=3,
)
F(
    "flask-secret-key",
    "Flask",
    "generic",
    T((HEX, 64)),
    "secret_key flask_secret_key",
    "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY",
    count=3,
)
