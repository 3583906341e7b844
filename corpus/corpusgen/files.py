"""Whole files that are credentials, or that carry passwords with no provider prefix:
.netrc, .pgpass, .git-credentials, .npmrc, .pypirc, Docker config.json, .htpasswd, shadow,
.s3cfg, AWS credentials, kubeconfig, wp-config.php, Django settings, Spring properties,
Rails master.key, Kubernetes Secret manifests, Ansible inventories, Maven / NuGet / Composer /
Gradle credentials, FileZilla site manager, tfvars, service-account JSON, PuTTY keys,
keystores, notebooks, SQL, logs...

Each builder returns (path, content, entries); an entry names what the file holds and the
exact text of the secret as written in the file (located afterwards to get its lines).
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from leakscan.checks import github_token

from . import keys
from .rand import (
    B62,
    B64U,
    BASE32,
    HEX,
    LOWER_ALNUM,
    b64,
    human_password,
    rbytes,
    rs,
    strong_password,
    url_password,
    uuid4,
)


@dataclass
class Entry:
    kind: str
    provider: str
    family: str
    ref: str
    written: str  # the secret exactly as it appears in the file
    secret: str = ""  # the decoded / underlying secret when it differs
    companions: tuple[str, ...] = ()  # other parts written nearby (ids, usernames are not secrets)
    file_level: bool = False  # a binary credential file: any finding in it counts


@dataclass
class Built:
    path: str
    content: bytes
    entries: list[Entry] = field(default_factory=list)


def _ghp(r: random.Random) -> str:
    return github_token("ghp_", rs(r, B62, 30).encode()).decode()


def _npm(r: random.Random) -> str:
    return github_token("npm_", rs(r, B62, 30).encode()).decode()


def _aws(r: random.Random) -> tuple[str, str]:
    return "AKIA" + rs(r, BASE32, 16), rs(r, B62 + "/+", 40)


AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"


def netrc(r: random.Random, p: str) -> Built:
    pw1, tok = strong_password(r), _ghp(r)
    text = (
        f"machine ftp.{p}.corp.lan\n  login deploy\n  password {pw1}\n\n"
        f"machine github.com login ci-bot password {tok}\n"
    )
    ref = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
    return Built(
        f"{p}/home/ci/.netrc",
        text.encode(),
        [
            Entry("netrc-password", "Generic", "config-files", ref, pw1),
            Entry("netrc-github-token", "GitHub", "source-forges", ref, tok),
        ],
    )


def pgpass(r: random.Random, p: str) -> Built:
    pws = [url_password(r), human_password(r)]
    text = (
        f"# hostname:port:database:username:password\ndb-primary.{p}.lan:5432:orders:orders_app:{pws[0]}\n"
        f"*:5432:*:replicator:{pws[1]}\n"
    )
    ref = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
    return Built(
        f"{p}/ops/.pgpass",
        text.encode(),
        [Entry("pgpass-password", "PostgreSQL", "config-files", ref, pw) for pw in pws],
    )


def git_credentials(r: random.Random, p: str) -> Built:
    tok, gl = _ghp(r), "glpat-" + rs(r, B64U, 20)
    text = f"https://ci-bot:{tok}@github.com\nhttps://oauth2:{gl}@gitlab.com\n"
    ref = "https://git-scm.com/docs/git-credential-store"
    return Built(
        f"{p}/home/runner/.git-credentials",
        text.encode(),
        [
            Entry("git-credentials-github", "GitHub", "source-forges", ref, tok),
            Entry("git-credentials-gitlab", "GitLab", "source-forges", ref, gl),
        ],
    )


def npmrc(r: random.Random, p: str) -> Built:
    tok = _npm(r)
    basic = b64(f"ci:{url_password(r)}".encode())
    text = (
        f"@{p}:registry=https://npm.corp.lan/\n//registry.npmjs.org/:_authToken={tok}\n"
        f"//npm.corp.lan/:_auth={basic}\nalways-auth=true\n"
    )
    ref = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
    return Built(
        f"{p}/.npmrc",
        text.encode(),
        [
            Entry("npmrc-auth-token", "npm", "registries", ref, tok),
            Entry("npmrc-basic-auth", "npm", "config-files", ref, basic),
        ],
    )


def pypirc(r: random.Random, p: str) -> Built:
    from .formats import FORMATS

    pypi = next(f for f in FORMATS if f.kind == "pypi-api-token").make(r).value
    pw = strong_password(r)
    text = (
        f"[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = {pypi}\n\n"
        f"[internal]\nrepository = https://pypi.{p}.lan/\nusername = deploy\npassword = {pw}\n"
    )
    ref = "https://packaging.python.org/en/latest/specifications/pypirc/"
    return Built(
        f"{p}/.pypirc",
        text.encode(),
        [
            Entry("pypirc-token", "PyPI", "registries", ref, pypi),
            Entry("pypirc-password", "Generic", "config-files", ref, pw),
        ],
    )


def docker_config(r: random.Random, p: str) -> Built:
    hub = b64(f"{p.split('-')[0]}bot:dckr_pat_{rs(r, B64U, 27)}".encode())
    corp = b64(f"ci:{strong_password(r)}".encode())
    doc = {
        "auths": {"https://index.docker.io/v1/": {"auth": hub}, f"registry.{p}.lan": {"auth": corp}},
        "credsStore": "",
        "currentContext": "default",
    }
    ref = "https://docs.docker.com/reference/cli/docker/login/"
    return Built(
        f"{p}/ci/docker/config.json",
        (json.dumps(doc, indent=2) + "\n").encode(),
        [
            Entry(
                "docker-config-auth",
                "Docker",
                "config-files",
                ref,
                hub,
                secret=base64.b64decode(hub).decode(),
            ),
            Entry(
                "docker-config-auth",
                "Docker",
                "config-files",
                ref,
                corp,
                secret=base64.b64decode(corp).decode(),
            ),
        ],
    )


_CRYPT = "./" + B62


def htpasswd(r: random.Random, p: str) -> Built:
    apr1 = f"$apr1${rs(r, _CRYPT, 8)}${rs(r, _CRYPT, 22)}"
    bcrypt = f"$2y$10${rs(r, _CRYPT, 53)}"
    text = f"admin:{apr1}\nmetrics:{bcrypt}\n"
    ref = "https://httpd.apache.org/docs/current/programs/htpasswd.html"
    return Built(
        f"{p}/nginx/.htpasswd",
        text.encode(),
        [
            Entry("htpasswd-hash", "Apache", "config-files", ref, apr1),
            Entry("htpasswd-hash", "Apache", "config-files", ref, bcrypt),
        ],
    )


def shadow(r: random.Random, p: str) -> Built:
    h = f"$6${rs(r, _CRYPT, 16)}${rs(r, _CRYPT, 86)}"
    text = (
        f"root:{h}:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\nbin:*:19700:0:99999:7:::\n"
        "sshd:!:19700::::::\nnobody:*:19700:0:99999:7:::\n"
    )
    ref = "https://man7.org/linux/man-pages/man5/shadow.5.html"
    return Built(
        f"{p}/image/rootfs/etc/shadow", text.encode(), [Entry("shadow-hash", "Linux", "config-files", ref, h)]
    )


def s3cfg(r: random.Random, p: str) -> Built:
    kid, sec = _aws(r)
    text = (
        f"[default]\naccess_key = {kid}\nsecret_key = {sec}\nbucket_location = EU\nhost_base = s3.amazonaws.com\n"
        "host_bucket = %(bucket)s.s3.amazonaws.com\nuse_https = True\n"
    )
    return Built(
        f"{p}/backup/.s3cfg",
        text.encode(),
        [
            Entry(
                "s3cfg-aws-keys", "AWS", "cloud", "https://s3tools.org/kb/item14.htm", sec, companions=(kid,)
            )
        ],
    )


def aws_credentials(r: random.Random, p: str) -> Built:
    k1, s1 = _aws(r)
    k2, s2 = _aws(r)
    text = (
        f"[default]\naws_access_key_id = {k1}\naws_secret_access_key = {s1}\n\n[prod]\n"
        f"aws_access_key_id={k2}\naws_secret_access_key={s2}\nregion=eu-west-1\n"
    )
    return Built(
        f"{p}/home/dev/.aws/credentials",
        text.encode(),
        [
            Entry("aws-credentials-file", "AWS", "cloud", AWS, s1, companions=(k1,)),
            Entry("aws-credentials-file", "AWS", "cloud", AWS, s2, companions=(k2,)),
        ],
    )


def kubeconfig(r: random.Random, p: str) -> Built:
    token = keys.jwt(
        r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci"}, alg="RS256"
    )
    ckd = b64(keys.pem_private_key(r, "RSA PRIVATE KEY").encode() + b"\n")
    cad = b64(keys.pem_certificate(r).encode())
    text = (
        f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {cad}\n"
        f"    server: https://k8s.{p}.lan:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: deployer\n"
        f"  name: prod\ncurrent-context: prod\nusers:\n- name: deployer\n  user:\n    token: {token}\n"
        f"- name: admin\n  user:\n    client-certificate-data: {cad}\n    client-key-data: {ckd}\n"
    )
    ref = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
    return Built(
        f"{p}/deploy/kubeconfig.yaml",
        text.encode(),
        [
            Entry("kubeconfig-token", "Kubernetes", "config-files", ref, token),
            Entry("kubeconfig-client-key-data", "Kubernetes", "crypto-keys", ref, ckd),
        ],
    )


def wp_config(r: random.Random, p: str) -> Built:
    pw = strong_password(r)
    salt_chars = B62 + "!@#%^&*()-_[]{}<>~+=,.;:/?|"
    salts = [
        (name, rs(r, salt_chars, 64))
        for name in (
            "AUTH_KEY",
            "SECURE_AUTH_KEY",
            "LOGGED_IN_KEY",
            "NONCE_KEY",
            "AUTH_SALT",
            "SECURE_AUTH_SALT",
            "LOGGED_IN_SALT",
            "NONCE_SALT",
        )
    ]
    lines = [
        "<?php",
        "/** The base configuration for WordPress */",
        "",
        "define( 'DB_NAME', 'wordpress' );",
        "define( 'DB_USER', 'wp_prod' );",
        f"define( 'DB_PASSWORD', '{pw}' );",
        "define( 'DB_HOST', 'db:3306' );",
        "define( 'DB_CHARSET', 'utf8mb4' );",
        "",
    ]
    lines += [f"define( '{n}', {' ' * (17 - len(n))}'{v}' );" for n, v in salts]
    lines += [
        "",
        "$table_prefix = 'wp_';",
        "define( 'WP_DEBUG', false );",
        "",
        "if ( ! defined( 'ABSPATH' ) ) {",
        "\tdefine( 'ABSPATH', __DIR__ . '/' );",
        "}",
        "require_once ABSPATH . 'wp-settings.php';",
    ]
    ref = "https://developer.wordpress.org/apis/wp-config-php/"
    return Built(
        f"{p}/public/wp-config.php",
        ("\n".join(lines) + "\n").encode(),
        [Entry("wordpress-db-password", "WordPress", "config-files", ref, pw)]
        + [Entry("wordpress-salt", "WordPress", "config-files", ref, v) for _, v in salts],
    )


def django_settings(r: random.Random, p: str) -> Built:
    sk = rs(r, LOWER_ALNUM + "!@#$%^&*(-_=+)", 50)
    pw, mail = url_password(r), human_password(r)
    text = f'''"""Django settings for {p} (production)."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "{sk}"

DEBUG = False
ALLOWED_HOSTS = ["{p}.corp.lan"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "{p.replace("-", "_")}",
        "USER": "django",
        "PASSWORD": "{pw}",
        "HOST": "db.internal",
        "PORT": "5432",
    }}
}}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.corp.lan"
EMAIL_HOST_PASSWORD = "{mail}"
'''
    ref = "https://docs.djangoproject.com/en/stable/ref/settings/"
    return Built(
        f"{p}/{p.replace('-', '_')}/settings/production.py",
        text.encode(),
        [
            Entry("django-settings-secret-key", "Django", "generic", ref, sk),
            Entry("django-settings-db-password", "Django", "config-files", ref, pw),
            Entry("django-settings-email-password", "Django", "config-files", ref, mail),
        ],
    )


def spring(r: random.Random, p: str) -> Built:
    pw, mail, jwt_secret = strong_password(r), human_password(r), b64(rbytes(r, 48))
    text = (
        f"spring.application.name={p}\nspring.datasource.url=jdbc:postgresql://db.internal:5432/{p.replace('-', '_')}\n"
        f"spring.datasource.username=app\nspring.datasource.password={pw}\nspring.jpa.hibernate.ddl-auto=validate\n"
        f"spring.mail.host=smtp.office365.com\nspring.mail.username=noreply@corp.lan\nspring.mail.password={mail}\n"
        f"app.security.jwt.secret={jwt_secret}\napp.security.jwt.expiration=86400\n"
    )
    ref = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
    return Built(
        f"{p}/src/main/resources/application-production.properties",
        text.encode(),
        [
            Entry("spring-datasource-password", "Spring", "config-files", ref, pw),
            Entry("spring-mail-password", "Spring", "config-files", ref, mail),
            Entry("spring-jwt-secret", "Spring", "generic", ref, jwt_secret),
        ],
    )


def rails_master_key(r: random.Random, p: str) -> Built:
    k = rs(r, HEX, 32)
    return Built(
        f"{p}/config/master.key",
        k.encode(),
        [
            Entry(
                "rails-master-key",
                "Ruby on Rails",
                "config-files",
                "https://guides.rubyonrails.org/security.html#custom-credentials",
                k,
            )
        ],
    )


def k8s_secret(r: random.Random, p: str) -> Built:
    pw = b64(strong_password(r).encode())
    api = b64(("sk_live_" + rs(r, B62, 24)).encode())
    plain = url_password(r)
    text = (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {p}-secrets\n  namespace: production\ntype: Opaque\n"
        f'data:\n  DB_PASSWORD: {pw}\n  STRIPE_API_KEY: {api}\nstringData:\n  REDIS_PASSWORD: "{plain}"\n'
    )
    ref = "https://kubernetes.io/docs/concepts/configuration/secret/"
    return Built(
        f"{p}/k8s/secrets.yaml",
        text.encode(),
        [
            Entry(
                "k8s-secret-data-base64",
                "Kubernetes",
                "config-files",
                ref,
                pw,
                secret=base64.b64decode(pw).decode(),
            ),
            Entry(
                "k8s-secret-data-base64",
                "Kubernetes",
                "config-files",
                ref,
                api,
                secret=base64.b64decode(api).decode(),
            ),
            Entry("k8s-secret-string-data", "Kubernetes", "config-files", ref, plain),
        ],
    )


def ansible_inventory(r: random.Random, p: str) -> Built:
    a, b = strong_password(r), human_password(r)
    text = (
        f"[web]\nweb01.{p}.lan ansible_user=deploy ansible_password={a}\nweb02.{p}.lan ansible_user=deploy\n\n"
        f"[web:vars]\nansible_become=true\nansible_become_password={b}\nansible_python_interpreter=/usr/bin/python3\n"
    )
    ref = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html"
    return Built(
        f"{p}/ansible/inventory/production.ini",
        text.encode(),
        [
            Entry("ansible-password", "Ansible", "config-files", ref, a),
            Entry("ansible-become-password", "Ansible", "config-files", ref, b),
        ],
    )


def maven_settings(r: random.Random, p: str) -> Built:
    pw = strong_password(r)
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>{p}-releases</id>
      <username>deployment</username>
      <password>{pw}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>central-proxy</id>
      <url>https://nexus.corp.lan/repository/maven-public/</url>
      <mirrorOf>central</mirrorOf>
    </mirror>
  </mirrors>
</settings>
"""
    return Built(
        f"{p}/.m2/settings.xml",
        text.encode(),
        [
            Entry(
                "maven-settings-password",
                "Maven",
                "config-files",
                "https://maven.apache.org/settings.html#servers",
                pw,
            )
        ],
    )


def nuget_config(r: random.Random, p: str) -> Built:
    pw = strong_password(r)
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="corp" value="https://pkgs.corp.lan/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <corp>
      <add key="Username" value="build-agent" />
      <add key="ClearTextPassword" value="{pw}" />
    </corp>
  </packageSourceCredentials>
</configuration>
"""
    return Built(
        f"{p}/NuGet.Config",
        text.encode(),
        [
            Entry(
                "nuget-config-password",
                "NuGet",
                "config-files",
                "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
                pw,
            )
        ],
    )


def composer_auth(r: random.Random, p: str) -> Built:
    tok, pw = _ghp(r), strong_password(r)
    doc = {
        "github-oauth": {"github.com": tok},
        "http-basic": {"repo.packagist.com": {"username": "token", "password": pw}},
    }
    ref = "https://getcomposer.org/doc/articles/authentication-for-private-packages.md"
    return Built(
        f"{p}/auth.json",
        (json.dumps(doc, indent=4) + "\n").encode(),
        [
            Entry("composer-github-oauth", "GitHub", "source-forges", ref, tok),
            Entry("composer-http-basic-password", "Composer", "config-files", ref, pw),
        ],
    )


def gradle_properties(r: random.Random, p: str) -> Built:
    a, b = strong_password(r), human_password(r)
    text = (
        f"org.gradle.jvmargs=-Xmx2g\nsigning.keyId={rs(r, '0123456789ABCDEF', 8)}\nsigning.password={b}\n"
        f"signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=corp-release\nossrhPassword={a}\n"
    )
    ref = "https://docs.gradle.org/current/userguide/signing_plugin.html"
    return Built(
        f"{p}/gradle.properties",
        text.encode(),
        [
            Entry("gradle-signing-password", "Gradle", "config-files", ref, b),
            Entry("gradle-repository-password", "Gradle", "config-files", ref, a),
        ],
    )


def filezilla(r: random.Random, p: str) -> Built:
    enc = b64(strong_password(r).encode())
    text = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.1" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.{p}.lan</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>uploader</User>
            <Pass encoding="base64">{enc}</Pass>
            <Logontype>1</Logontype>
            <Name>{p} production</Name>
        </Server>
    </Servers>
</FileZilla3>
"""
    return Built(
        f"{p}/tools/sitemanager.xml",
        text.encode(),
        [
            Entry(
                "filezilla-password",
                "FileZilla",
                "config-files",
                "https://wiki.filezilla-project.org/Site_Manager",
                enc,
                secret=base64.b64decode(enc).decode(),
            )
        ],
    )


def tfvars(r: random.Random, p: str) -> Built:
    pw, dd = strong_password(r), rs(r, HEX, 32)
    text = (
        f'environment     = "production"\nregion          = "eu-west-1"\ndb_username     = "{p.replace("-", "_")}"\n'
        f'db_password     = "{pw}"\ndatadog_api_key = "{dd}"\ninstance_count  = {r.randint(2, 9)}\n'
    )
    ref = "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files"
    return Built(
        f"{p}/terraform/production.tfvars",
        text.encode(),
        [
            Entry("tfvars-password", "Terraform", "config-files", ref, pw),
            Entry("tfvars-datadog-api-key", "Datadog", "observability", ref, dd),
        ],
    )


def gcp_service_account(r: random.Random, p: str) -> Built:
    pem = keys.pem_private_key(r, "PRIVATE KEY") + "\n"
    proj = f"{p}-{r.randint(100000, 999999)}"
    doc = {
        "type": "service_account",
        "project_id": proj,
        "private_key_id": rs(r, HEX, 40),
        "private_key": pem,
        "client_email": f"deployer@{proj}.iam.gserviceaccount.com",
        "client_id": str(r.randint(10**20, 10**21 - 1)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/deployer%40{proj}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    text = json.dumps(doc, indent=2) + "\n"
    written = json.dumps(pem)[1:-1]
    return Built(
        f"{p}/credentials/{proj}.json",
        text.encode(),
        [
            Entry(
                "gcp-service-account-key",
                "Google Cloud",
                "cloud",
                "https://cloud.google.com/iam/docs/keys-create-delete",
                written,
                secret=pem.strip(),
                companions=(doc["private_key_id"],),
            )
        ],
    )


def putty(r: random.Random, p: str) -> Built:
    text = keys.putty_ppk(r, f"deploy@{p}") + "\n"
    return Built(
        f"{p}/keys/deploy.ppk",
        text.encode(),
        [
            Entry(
                "putty-private-key",
                "PuTTY",
                "crypto-keys",
                "https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html",
                text.strip(),
            )
        ],
    )


def keystore(r: random.Random, p: str) -> Built:
    if r.random() < 0.5:
        data = b"\xfe\xed\xfe\xed\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\x00\x06server" + rbytes(
            r, 2100
        )
        path, kind = f"{p}/src/main/resources/keystore.jks", "java-keystore-file"
    else:
        data = bytes.fromhex("308209f1020103308209b706092a864886f70d010701a08209a8") + rbytes(r, 2500)
        path, kind = f"{p}/certs/client.p12", "pkcs12-file"
    return Built(
        path,
        data,
        [
            Entry(
                kind, "Generic", "crypto-keys", "https://www.rfc-editor.org/rfc/rfc7292", "", file_level=True
            )
        ],
    )


def notebook(r: random.Random, p: str) -> Built:
    from .formats import FORMATS

    key = next(f for f in FORMATS if f.kind == "openai-project-key").make(r).value
    nb = {
        "cells": [
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": ["# Prompt experiments\n", "Quick checks of the summariser."],
            },
            {
                "cell_type": "code",
                "execution_count": 1,
                "metadata": {},
                "outputs": [],
                "source": ["import openai\n", f'client = openai.OpenAI(api_key="{key}")\n'],
            },
            {
                "cell_type": "code",
                "execution_count": 2,
                "metadata": {},
                "outputs": [
                    {"name": "stdout", "output_type": "stream", "text": ["gpt-4o-mini: 412 tokens\n"]}
                ],
                "source": ['resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)\n'],
            },
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return Built(
        f"{p}/notebooks/summariser.ipynb",
        (json.dumps(nb, indent=1) + "\n").encode(),
        [
            Entry(
                "notebook-openai-key",
                "OpenAI",
                "ai-ml",
                "https://platform.openai.com/docs/api-reference/authentication",
                key,
            )
        ],
    )


def sql_user(r: random.Random, p: str) -> Built:
    a, b = strong_password(r).replace("'", ""), human_password(r)
    text = (
        f"-- roles for {p}\nCREATE ROLE reporting NOLOGIN;\nCREATE USER app_rw WITH PASSWORD '{a}';\n"
        f"GRANT reporting TO app_rw;\nALTER USER etl WITH PASSWORD '{b}';\n"
    )
    ref = "https://www.postgresql.org/docs/current/sql-createuser.html"
    return Built(
        f"{p}/db/migrations/0007_roles.sql",
        text.encode(),
        [
            Entry("sql-user-password", "PostgreSQL", "databases", ref, a),
            Entry("sql-user-password", "PostgreSQL", "databases", ref, b),
        ],
    )


def curl_log(r: random.Random, p: str) -> Built:
    jwt = keys.jwt(r, {"scope": "admin", "iss": f"https://auth.{p}.lan"})
    text = (
        f"* Connected to api.{p}.lan (10.0.3.17) port 443\n> GET /v2/orders?limit=50 HTTP/2\n> Host: api.{p}.lan\n"
        f"> user-agent: curl/8.5.0\n> accept: */*\n> authorization: Bearer {jwt}\n>\n< HTTP/2 200\n"
        "< content-type: application/json\n< x-request-id: " + uuid4(r) + "\n"
    )
    return Built(
        f"{p}/docs/debug/orders-timeout.log",
        text.encode(),
        [Entry("logged-bearer-jwt", "Generic", "generic", "https://www.rfc-editor.org/rfc/rfc6750", jwt)],
    )


def pip_conf(r: random.Random, p: str) -> Built:
    gl = "glpat-" + rs(r, B64U, 20)
    text = (
        f"[global]\nindex-url = https://__token__:{gl}@gitlab.com/api/v4/projects/{r.randint(1000, 99999)}/packages/pypi/simple\n"
        "timeout = 60\n"
    )
    return Built(
        f"{p}/pip.conf",
        text.encode(),
        [
            Entry(
                "pip-index-url-token",
                "GitLab",
                "source-forges",
                "https://docs.gitlab.com/ee/user/packages/pypi_repository/",
                gl,
            )
        ],
    )


def gitconfig_header(r: random.Random, p: str) -> Built:
    b = b64(f"x-access-token:{_ghp(r)}".encode())
    text = (
        f'[user]\n\tname = CI Bot\n\temail = ci@{p}.lan\n[http "https://github.com/"]\n'
        f"\textraheader = AUTHORIZATION: basic {b}\n"
    )
    return Built(
        f"{p}/ci/gitconfig",
        text.encode(),
        [
            Entry(
                "gitconfig-extraheader",
                "GitHub",
                "source-forges",
                "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpextraHeader",
                b,
                secret=base64.b64decode(b).decode(),
            )
        ],
    )


def postman_env(r: random.Random, p: str) -> Built:
    tok = rs(r, B62, 40)
    doc = {
        "id": uuid4(r),
        "name": f"{p} production",
        "values": [
            {"key": "baseUrl", "value": f"https://api.{p}.lan", "type": "default", "enabled": True},
            {"key": "apiKey", "value": tok, "type": "secret", "enabled": True},
        ],
        "_postman_variable_scope": "environment",
    }
    return Built(
        f"{p}/postman/production.postman_environment.json",
        (json.dumps(doc, indent=2) + "\n").encode(),
        [
            Entry(
                "postman-environment-secret",
                "Postman",
                "saas",
                "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
                tok,
            )
        ],
    )


def actions_workflow(r: random.Random, p: str) -> Built:
    tok = _npm(r)
    text = (
        f"name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"
        f"      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: {tok}\n"
    )
    return Built(
        f"{p}/.github/workflows/release.yml",
        text.encode(),
        [
            Entry(
                "workflow-hardcoded-npm-token",
                "npm",
                "registries",
                "https://docs.npmjs.com/about-access-tokens",
                tok,
            )
        ],
    )


Builder = Callable[[random.Random, str], Built]

BUILDERS: dict[str, tuple[Builder, int]] = {
    "netrc": (netrc, 2),
    "pgpass": (pgpass, 2),
    "git-credentials": (git_credentials, 2),
    "npmrc": (npmrc, 2),
    "pypirc": (pypirc, 2),
    "docker-config": (docker_config, 2),
    "htpasswd": (htpasswd, 2),
    "shadow": (shadow, 2),
    "s3cfg": (s3cfg, 2),
    "aws-credentials": (aws_credentials, 2),
    "kubeconfig": (kubeconfig, 2),
    "wp-config": (wp_config, 2),
    "django-settings": (django_settings, 2),
    "spring-properties": (spring, 2),
    "rails-master-key": (rails_master_key, 2),
    "k8s-secret": (k8s_secret, 2),
    "ansible-inventory": (ansible_inventory, 2),
    "maven-settings": (maven_settings, 2),
    "nuget-config": (nuget_config, 2),
    "composer-auth": (composer_auth, 2),
    "gradle-properties": (gradle_properties, 2),
    "filezilla": (filezilla, 2),
    "tfvars": (tfvars, 2),
    "gcp-service-account": (gcp_service_account, 3),
    "putty-ppk": (putty, 2),
    "keystore": (keystore, 2),
    "notebook": (notebook, 2),
    "sql-user": (sql_user, 2),
    "curl-log": (curl_log, 2),
    "pip-conf": (pip_conf, 2),
    "gitconfig-extraheader": (gitconfig_header, 2),
    "postman-environment": (postman_env, 2),
    "actions-workflow": (actions_workflow, 2),
}
