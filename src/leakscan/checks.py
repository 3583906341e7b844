"""Offline checks on a candidate secret: entropy, placeholders, token checksums, JWT, PEM.

Detection is pure: nothing here touches the network.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import itertools
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import ahocorasick

if TYPE_CHECKING:
    from .models import Rule

_B62 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Precision policy (issue 4, part 3). A provider token's alphabet and length are fixed, so a
# word inside it can only occur by chance: the list applied to every rule holds template markers
# and words of six letters or more (chance of one in a random 40-character base62 token: about
# 1e-8). Short words, "test", hashes, UUIDs and identifiers only disqualify values found by
# generic keyword rules, where a value is anything someone typed after `password =`.
PLACEHOLDER_WORDS = (
    "example", "changeme", "change_me", "change-me", "placeholder", "your_", "your-", "yourkey",
    "yourtoken", "yourpassword", "yoursecret", "redacted", "replace_me", "replaceme", "notreal",
    "not_real", "not-real", "fakefake", "secret_here", "password_here", "token_here", "key_here",
    "xxxxxx", "******", "...", "process.env", "os.environ", "getenv", "abcdef123456", "0123456789",
    "123456789", "abcdefghij", "insert_", "insert-", "dummy_", "sample_", "unique phrase",
)
GENERIC_WORDS = (
    "xxxx", "****", "todo", "fixme", "dummy", "sample", "insert", "test", "fake",
    "mock", "qwerty", "asdf", "letmein", "passw0rd", "password", "passwd", "secret", "hunter2",
    "foobar", "12345", "abcde", "none", "null", "undefined", "true", "false", "default",
    "required", "optional", "string", "value", "enter", "provide", "here", "demo", "/dev/",
    "file:", "http:", "https:", "\\n", "anonymous", "ssw0rd", "s3cr3t", "secr3t", "p4ss", "p@ss",
    "pa55", "pass", "ssword", "tiger", "insecure", "asdasd", "!vault", "{cipher}", "enc(", "vault:",
    "secretref", "keyvault",
)
# Keys whose value is a digest, not a credential, when it is hex of a hash length.
HASH_CONTEXT = (
    "sha1", "sha-1", "sha224", "sha256", "sha-256", "sha384", "sha512", "sha-512", "sha3", "md5",
    "hash", "checksum", "digest", "integrity", "commit", "revision", "etag", "fingerprint",
    "crc", "blake", "object_id", "objectid", "git_rev", "gitrev", "build_id", "buildid",
    "nonce", "salt", "uuid", "guid",
)

# Published documentation keys: recognised as examples, never reported. Sources: AWS IAM user
# guide (access keys), Stripe API reference (its public sample test keys), jwt.io's debugger,
# the HTTP Basic examples of RFC 2617 and RFC 7617.
KNOWN_EXAMPLES = (
    "AKIAIOSFODNN7EXAMPLE",
    "ASIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
    "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",  # RFC 2617 Basic example, Aladdin:open sesame
    "dGVzdDoxMjPCow==",  # RFC 7617 Basic example, test:123£
    "AbC123dEf",  # the password in Neon's connection-string documentation
    # RFC 6749 (OAuth 2.0) examples: client credentials, access, refresh and authorization codes.
    "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA",
    "SplxlOBeZQQYbYS6WxSbIA",
    # RFC 6749 section 7.1 / RFC 6750 section 2.1: the Bearer example and the MAC token id.
    "mF_9.B5f-4.1JqM", "h480djs93hd8",
    # Flask's configuration documentation (SECRET_KEY examples).
    "192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf", "5f352379324c22463451387a0aec5d2f",
    # PyJWT's README example ({"some": "payload"} signed with "secret").
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg",
    # Flask's quickstart (sessions) example secret_key.
    "A0Zr98j/3yX R~XHH!jmN]LWX/,?RT",
    # The Azurite storage emulator's published account key (Microsoft docs, devstoreaccount1).
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    # Samples in provider documentation: Mailgun, Slack, Telegram Bot API, Mollie, Square.
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
    "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM",
    "sq0csp-30a-4C_tVOnTh14Piza2BfTPBXyLafLPWSzY1qAjeBfM",
    # The SAS token signature in AWS DataSync's API reference ("A token looks something like
    # this"), shipped in every botocore: service-2.json of datasync.
    "aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",
    # The registry token in the Cargo Book (reference/registries: `token = "..."`), shipped with
    # every Rust toolchain's documentation.
    "854DvwSlUwEHtIo3kWy6x7UCPKHfzCmy",
)

# Files whose values are hashes, integrity strings and resolved URLs by construction, and
# machine-written or minified files: generic rules stay silent there, provider rules still run.
LOCK_FILES = frozenset({
    b"package-lock.json", b"npm-shrinkwrap.json", b"yarn.lock", b"pnpm-lock.yaml", b"bun.lock",
    b"poetry.lock", b"pipfile.lock", b"pdm.lock", b"uv.lock", b"cargo.lock", b"go.sum",
    b"composer.lock", b"gemfile.lock", b"podfile.lock", b"pubspec.lock", b"mix.lock",
    b"flake.lock", b"packages.lock.json", b"paket.lock", b"gradle.lockfile", b"conda-lock.yml",
    b"package.resolved", b"cartfile.resolved", b"deno.lock", b"requirements.lock",
})
_VENDORED = re.compile(
    rb"(?i)(?:[.-]min\.(?:js|mjs|css)|\.bundle\.js|\.chunk\.js|\.map"
    rb"|(?:^|/)(?:node_modules|bower_components|vendor/assets)/.*\.(?:js|css))$")
# Test code, fixtures and example/sample/template files: a generic keyword rule there is most
# often looking at a fixture or a documented value, so its findings are never raised above low.
_FIXTURE = re.compile(
    rb"(?i)(?:^|/)(?:tests?|testing|__tests__|spec|specs|fixtures?|testdata|examples?|samples?)/"
    # (a shell script named like a test, smoke_test.sh, runs against real services: not a fixture)
    rb"|(?:^|/)(?!(?:test_[^/]*|[^/]*_test)\.(?:sh|bash|zsh|ps1)$)"
    rb"(?:test_[^/]*|[^/]*_test\.\w+|[^/]*\.(?:test|spec)\.\w+|conftest\.py)$"
    rb"|(?:^|/)[^/]*[._-](?:example|sample|template|dist|tmpl)(?:[._-][^/]*)?$|(?:^|/)[^/]*examples?-\d")
LONG_LINE = 1000  # bytes: minified code and serialized blobs, not hand-written config


def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in words:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


_PLACEHOLDERS = _automaton(PLACEHOLDER_WORDS)
# Template markers as whole constructs (<your-key>, ${VAR}, {{ x }}, {% x %}, $(cmd), %(x)s,
# #{x}, [% x %]), not single characters: random salts and passwords contain < { $ by chance.
_TEMPLATE = re.compile(
    rb"<[A-Za-z_][\w .:/@-]*>|\$\{[^}]*\}|\{\{.*?\}\}|\{%.*?%\}|\$\([\w .-]*\)|%\(\w+\)[sdr]"
    rb"|#\{[\w.]+\}|\[%.*?%\]|\A(?:<|\$\{|\{\{)|>\Z")
# Short words (four characters or fewer, letters and digits only) occur by chance inside random
# keys (about 0.07% of 40-character base62 keys hold one of todo, asdf, true, none, test, pass,
# xxxx): they count only as a whole token of the value (see _tokens). Longer words and words with
# punctuation ("p@ss", "enc(", "/dev/") stay substring matches.
_SHORT_GENERIC = frozenset(w.encode() for w in GENERIC_WORDS if len(w) <= 4 and w.isalnum())
_GENERIC = _automaton(tuple(w for w in GENERIC_WORDS if w.encode() not in _SHORT_GENERIC))
_HASH_CONTEXT = _automaton(HASH_CONTEXT)
_KNOWN = _automaton(KNOWN_EXAMPLES)
_REPEAT = {True: re.compile(rb"(.)\1{5,}"), False: re.compile(rb"(.)\1{7,}")}
_UUID = re.compile(rb"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX = re.compile(rb"[0-9a-f]{16,128}|[0-9A-F]{16,128}")
_HASH_LENGTHS = frozenset({16, 20, 24, 32, 40, 48, 56, 64, 96, 128})
# user:password@host where the host is reserved for documentation (RFC 2606) or a template.
_DOC_HOST = re.compile(rb"(?i)@(?:[\w.-]*\.)?(?:example\.(?:com|org|net)|example|[\w.-]+\.example"
                       rb"|[\w.-]+\.invalid|host|hostname|your[\w.-]*|server|domain\.com)(?:[:/?\s\"']|$)")
# Keys whose values are not credentials: pagination cursors, CSRF and idempotency tokens,
# tokenizer special tokens (bos_token, pad_token...), token counts.
_NOT_SECRET_KEY = re.compile(
    rb"(?i)(?:next|continuation|page|pagination|sync|start|marker|csrf|xsrf|cancel(?:lation)?|"
    rb"idempotency|resume|bos|eos|pad|unk|mask|sep|cls|special|max|num|image|img|audio|video)"
    rb"[_.-]?tokens?[\"']?\s*(?::=|=>|=|:)\s*[\"']?$|tokeni[sz]er")
_B64 = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
_PUBLIC_KEY = re.compile(rb"(?i)publi(?:c|shable)[\w.-]*[\"']?\s*(?::=|=>|=|:)\s*[\"']?$")
# Letter runs of an identifier: acronyms, Capitalized or lower words, digit groups.
_CHUNK = re.compile(rb"[A-Z]{2,}(?=[A-Z][a-z]|[0-9]|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
# Tokens of a value: split on non-alphanumerics, then on case and letter/digit boundaries
# (test1234 -> test 1234, myTodoList -> my Todo List, TODO_later -> TODO later). A short word
# counts only in a part of at most four tokens: a random run splits into many.
_TOKEN = re.compile(rb"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
# The last segment of a snake/kebab value after its last _ or - (shippo_live_<40 hex>).
_TAIL = re.compile(rb"(?<=[_-])[A-Za-z0-9]+\Z")
# UUID values (UUID-shaped secrets: Heroku legacy API keys, MongoDB Atlas private keys): dropped
# when the key just before names an identifier or a request, kept when it names a credential or
# the value is the password of user:password (curl -u, URL userinfo); otherwise dropped. "token"
# alone does not make a UUID a credential: APIs use UUID tokens as handles (AWS ChangeToken,
# ClientRequestToken, LifecycleActionToken).
# (a comma, || or ??: the default of a lookup, getenv("API_KEY", "<value>"), env.API_KEY || "<value>")
_KEY_NAME = re.compile(rb"([\w.-]*)[\"'\]]?\s*(?::=|=>|=|:|,|\|\||\?\?)?\s*[\"']?\Z")
# A Terraform variable block still open before its `default = "<value>"`: its name is the key.
_TF_VARIABLE = re.compile(rb'\bvariable\s+"([\w-]{1,80})"\s*\{[^{}]*\Z')
_UUID_ID_KEY = re.compile(  # (secretsmanager: a KMS key alias such as alias/aws/secretsmanager)
    rb"(?i:uuid|guid|request|trace|correlation|span|secrets?[_-]?manager)|(?:\A|[_.-])(?i:id)\Z"
    rb"|[a-z0-9]Id\Z|[A-Z0-9]ID\Z")
_UUID_SECRET_KEY = re.compile(
    rb"(?i)secret|key|pass|pwd|auth|credential|bearer|private|access|api|session|refresh")
_USERINFO = re.compile(rb"\s(?:-u|--user)[ =]?[\"']?[^\s:\"']{1,64}:\Z|://[^\s:\"'@/]{1,64}:\Z")
# The key just before the value names an identifier (client_id, accessKeyId, KEY_ID): not a secret.
_ID_KEY = re.compile(rb"(?:[_.-][iI][dD]|[a-z0-9]Id|[A-Z0-9]ID)[\"']?\s*(?::=|=>|=|:)\s*[\"']?$")
# One segment of a dotted reference (self.password, settings.DB_PASSWORD, this.props.apiKey,
# Settings.Default.Password): snake or camel words, CONSTANT_CASE or PascalCase words. A human
# password such as Walnut.Nebula9942 or a token such as dprSJMV.CYyQX2v6 is none of these.
# (OAuth2Credentials: digits may follow a word inside the segment, not end it.)
_SEG = (rb"(?:[a-z_][a-z0-9_]*(?:[A-Z][a-z0-9_]{2,})*|[A-Z][A-Z0-9_]*"
        rb"|(?:[A-Z][A-Z0-9]*)?(?:[A-Z][a-z]{2,}[0-9]*)*[A-Z][a-z]{2,})")
# Values a generic rule must not take for a secret: a variable or format field, an identifier
# (camelCase, PascalCase, snake_case, kebab-case, CONSTANT_CASE, dotted), a short word, a path,
# a version, date or address.
_NOT_A_VALUE = re.compile((
    rb"\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]+%|@[A-Za-z_]+@|__[A-Za-z0-9_]+__|\{[A-Za-z0-9_.]*\}"
    rb"|[a-z]{2,}(?:[A-Z][a-z]{2,})+\d*|(?:[A-Z][a-z]{2,}){2,}\d*"
    rb"|[a-z]{2,}(?:[_-]{1,2}[a-z0-9]+)+[_-]?|[A-Z][a-z]+(?:-[A-Z][a-z]+)+"
    rb"|[Xx]-[A-Za-z][a-z0-9]*(?:-[A-Za-z0-9][a-z0-9]*)+"  # HTTP header names: X-Amz-Security-Token
    rb"|[A-Z]{2,}(?:_[A-Z0-9]{2,})+|[a-z]{1,12}\d{0,4}|[A-Z][a-z]{1,12}\d{0,4}"
    rb"|\.?_SEG_(?:\._SEG_)+(?:\(\))?|\.[a-z_][a-z0-9_]*"
    rb"|(?:~|\.{1,2})?/[a-z0-9_.-]+(?:/[\w.-]*)*|(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)+"
    rb"|[a-z0-9_.-]+(?:/[a-z0-9_.-]+)+|[A-Za-z]:\\[\w\\. -]*"
    rb"|v?\d+(?:[.:/-]\d+)+\w{0,12}"  # 1.2.3rc1; not 9.4Wd7giyXecDL5fjBWLu
).replace(b"_SEG_", _SEG))


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    if not data:
        return 0.0
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in Counter(data).values())


def _has(auto: ahocorasick.Automaton, text: str) -> bool:
    for _ in auto.iter(text):
        return True
    return False


def _sequential(secret: bytes, run: int) -> bool:
    """`run` consecutive ascending or descending characters (abcdef, 654321)."""
    up = down = 1
    for a, b in itertools.pairwise(secret):
        up = up + 1 if b == a + 1 else 1
        down = down + 1 if b == a - 1 else 1
        if up >= run or down >= run:
            return True
    return False


# A password, a database credential or a framework secret is typed by a person, not generated
# in a fixed format: its rules get the same value tests as generic keyword rules.
FREEFORM_ROTATIONS = frozenset({"password", "database", "generic"})


def is_freeform(rule: Rule) -> bool:
    return rule.generic or rule.rotation in FREEFORM_ROTATIONS


def is_known_example(secret: bytes) -> bool:
    """Contains a key published in provider documentation (AWS, Stripe, jwt.io)."""
    return _has(_KNOWN, secret.decode("latin-1"))


def is_placeholder(secret: bytes, generic: bool = False, context: bytes = b"",
                   after: bytes = b"") -> bool:
    """A stand-in, template or documentation value rather than a credential.

    `generic` applies the stricter tests meant for keyword and password rules; `context` is the
    text just before the secret (its key and line), used to tell a digest from a key; `after`
    is the text just after it (the host of user:password@host).
    """
    if is_known_example(secret):
        return True
    if _ESCAPES.fullmatch(secret) and secret.count(b"\\") < 8:
        return True  # a few escape sequences (`\xa1\xa2`): test data for a parser, not a credential
    if _has(_PLACEHOLDERS, secret.decode("latin-1").lower()):
        return True
    if len(secret) <= 200 and _TEMPLATE.search(secret) and not _random_salt(secret):
        return True  # (PEM/PGP headers may hold <mail>: longer values skip this test)
    # Long structured secrets (PEM bodies, JWTs) have runs by nature: AAAAAAAA in OpenSSH keys.
    if len(secret) <= 200 and (_REPEAT[generic].search(secret)
                               or _sequential(secret, 6 if generic else 10)):
        return True
    return generic and (is_generic_non_secret(secret, context, after) or bool(_DOC_HOST.match(after)))


_ESCAPES = re.compile(rb"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[0-7]{1,3})+")


def _random_salt(secret: bytes) -> bool:
    """40+ characters at 5+ bits each: generated from a large alphabet (WordPress salts take < > {
    and $ from theirs), not a template, whose words and markers cannot spread that far."""
    return len(secret) >= 40 and entropy(secret) >= 5.0


def _generic_word(text: bytes) -> bool:
    """A generic placeholder word: a long word anywhere, a short one as a whole token."""
    if _has(_GENERIC, text.decode("latin-1").lower()):
        return True
    for part in re.split(rb"[^A-Za-z0-9]+", text):
        tokens = _TOKEN.findall(part)
        # A part of a few tokens is words (test1234, myTodoList); one of many is a random run.
        if len(tokens) <= 4 and any(t.lower() in _SHORT_GENERIC for t in tokens):
            return True
    return False


_ALNUM_RUN = re.compile(rb"[A-Za-z0-9]{24,}")


def _random_run(secret: bytes) -> bool:
    """A run of 24+ letters and digits that mixes upper case, lower case and digits at 4+ bits per
    character: base64 or a generated key, never a word, a name or a path segment."""
    for m in _ALNUM_RUN.finditer(secret):
        run = m.group()
        if (any(65 <= c <= 90 for c in run) and any(97 <= c <= 122 for c in run)
                and any(48 <= c <= 57 for c in run) and entropy(run) >= 4.0):
            return True
    return False


def _random_tail(secret: bytes) -> bool:
    """The value ends in a long random-looking segment (prefix_live_<40 hex>): not an identifier.
    Identifier words are rarely 16+ characters, and not both lettered and numbered at high entropy."""
    m = _TAIL.search(secret)
    if m is None or m.start() == 0:
        return False
    tail = m.group()
    if len(tail) < 16:
        return False
    mixed = any(48 <= c <= 57 for c in tail) and any(not 48 <= c <= 57 for c in tail)
    return (mixed and entropy(tail) >= 3.3) or (len(tail) >= 24 and entropy(tail) >= 3.8)


def _uuid_is_id(context: bytes, after: bytes = b"") -> bool:
    """A UUID value is an identifier unless the key just before names a credential, or where it
    goes makes it a password: user:<uuid> (curl -u, URL userinfo), piped into --password-stdin."""
    line = context[context.rfind(b"\n") + 1:][-120:]
    if _USERINFO.search(line) or b"--password-stdin" in after.split(b"\n", 1)[0]:
        return False
    m = _KEY_NAME.search(line)
    key = m.group(1) if m else b""
    if key == b"default":
        block = _TF_VARIABLE.search(context[-1000:])
        key = block.group(1) if block else key
    if _UUID_ID_KEY.search(key):
        return True
    return not _UUID_SECRET_KEY.search(key)


# A repository or model name, org/name-with-parts (meta-llama/Meta-Llama-3-8B-Instruct,
# sentence-transformers/all-MiniLM-L6-v2): short parts joined by - _ . and /. A base64 key's runs
# between slashes are long, and a standard one has no - _ or . at all.
_NAME_PART = rb"[A-Za-z0-9]{1,40}(?:[-_.][A-Za-z0-9]{1,40})*"
_SLASH_NAME = re.compile(_NAME_PART + rb"(?:/" + _NAME_PART + rb")+")
_NAME_JOIN = re.compile(rb"[-_.]")


def is_generic_non_secret(secret: bytes, context: bytes = b"", after: bytes = b"") -> bool:
    """Values a keyword rule sees that are not credentials: words, references, digests, UUIDs.
    `context` is the text before the value, `after` the text that follows it."""
    text = secret.decode("latin-1").lower()
    if _generic_word(secret) or (_NOT_A_VALUE.fullmatch(secret) and not _random_tail(secret)
                                 and not _UUID.search(secret)  # api-<uuid> is no kebab-case name
                                 and not _random_run(secret)):  # /dTJm...: base64, not a path
        return True
    if (_SLASH_NAME.fullmatch(secret) and _NAME_JOIN.search(secret) and not _random_tail(secret)
            and not _random_run(secret)):  # roles/iam.serviceAccountTokenCreator
        return True
    decoded = _base64_text(secret)  # "bm90IG15IHJlYWwgcGFzc3dvcmQ=" is "not my real password"
    if decoded and (_generic_word(decoded.encode("latin-1")) or _has(_PLACEHOLDERS, decoded)):
        return True
    if decoded and ":" in decoded:  # Basic credentials, user:password: foo:bar, user:xpassword
        pw = decoded.split(":", 1)[1]
        if len(pw) < 6 or "passw" in pw or _generic_word(pw.encode("latin-1")) or _has(_PLACEHOLDERS, pw):
            return True
    if _identifier_like(secret):
        return True
    line = context[context.rfind(b"\n") + 1:]
    if _echoes_key(secret, line):
        return True
    if b"://" not in line and (_ID_KEY.search(line[-80:]) or _NOT_SECRET_KEY.search(line[-80:])):
        return True
    low = line.lower()
    if b"anonymous" in low:  # login anonymous password user@site: no secret
        return True
    if b"://" not in line and _PUBLIC_KEY.search(line[-80:]):  # NEXT_PUBLIC_MAPBOX_TOKEN=
        return True
    distinct = len(set(secret))
    if distinct <= 4 or (len(secret) < 32 and distinct <= len(secret) // 3):  # abab1212...
        return True
    if _UUID.fullmatch(secret):
        return _uuid_is_id(context, after)
    if len(secret) in _HASH_LENGTHS and _HEX.fullmatch(secret):
        last = context.rfind(b"\n")
        near = context[context.rfind(b"\n", 0, max(last, 0)) + 1:]  # this line and the one above
        return _has(_HASH_CONTEXT, near.decode("latin-1").lower())
    return text.startswith(("sha1-", "sha256-", "sha384-", "sha512-", "sha1:", "sha256:", "md5",
                            "scram-sha-256$"))


def _echoes_key(secret: bytes, line: bytes) -> bool:
    """The value spells its own key ("credentialType": "my_credentialType", X_AWS_TOKEN =
    "x-aws-token"): a sample or a name, not a credential, unless it ends in a random segment."""
    m = _KEY_NAME.search(line[-120:])
    key = _alnum_lower(m.group(1)) if m else b""
    if len(key) < 6 or key not in _alnum_lower(secret):
        return False
    tail = _TAIL.search(secret)  # my_secret_<random>: the random part is no echo
    return not (tail and _random_tail(secret) and key not in _alnum_lower(tail.group()))


def _alnum_lower(text: bytes) -> bytes:
    return re.sub(rb"[^a-z0-9]", b"", text.lower())


def _base64_text(secret: bytes) -> str:
    """The lower-cased text a base64 value decodes to, if it is printable text ("" otherwise)."""
    if len(secret) < 8 or len(secret) % 4 or not _B64.fullmatch(secret):
        return ""
    try:
        text = base64.b64decode(secret, validate=True).decode("ascii")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return ""
    return text.lower() if text.isprintable() else ""


def _identifier_like(secret: bytes) -> bool:
    """CamelCase / PascalCase names with acronyms and digits (V1ServiceAccountTokenProjection,
    PocketTTSAudioTokenizerConfig): every letter run is a word of 3+ letters, an acronym or a
    capitalised pair (Id), averaging 4+ letters. Random base62 breaks into 1-2 letter runs."""
    if not secret.isalnum() or len(secret) < 8:
        return False
    chunks = _CHUNK.findall(secret)
    words = [c for c in chunks if c.isalpha()]
    if len(words) < 2 or len(chunks) - len(words) > 2:
        return False
    if not all(len(w) >= 3 or w.isupper() or (w[:1].isupper() and w[1:].islower()) for w in words):
        return False
    return sum(map(len, words)) / len(words) >= 4


# An identifier or a typed phrase: words of 2+ letters in camel case, with digits or . _ - between,
# maybe after a number (123Abpassdord in gcloud's help).
_WORDS = re.compile(rb"(?:[0-9]+[._-]?)?[A-Za-z][a-z]+(?:[A-Z][a-z]+|[0-9]+|[._-])*")


_LOWER_RUN = re.compile(rb"[a-z]+")


def _random_case(letters: bytes) -> bool:
    """Letters whose case looks drawn at random: 30-70% capitals and lower-case runs of 2.5
    letters on average. Identifiers and phrases (AutoModelForCausalLM: runs of 3.5) write words;
    acronym-heavy names (getAllJSDocTagsOfKind) can pass, which is why only a value after a secret
    keyword is asked (site-packages and npm: no finding changed)."""
    upper = sum(65 <= c <= 90 for c in letters) / len(letters)
    runs = [len(r) for r in _LOWER_RUN.findall(letters)]
    return 0.3 <= upper <= 0.7 and bool(runs) and sum(runs) / len(runs) <= 2.5


def strong_value(secret: bytes) -> bool:
    """A value that looks generated rather than typed: long enough, high entropy and mixing
    character classes. A generic keyword rule whose value is strong reports medium, not low."""
    n = len(secret)
    if n < 12:
        return False
    classes = sum((any(65 <= c <= 90 for c in secret), any(97 <= c <= 122 for c in secret),
                   any(48 <= c <= 57 for c in secret), any(not chr(c).isalnum() for c in secret)))
    ent = entropy(secret)
    if n >= 32 and ent >= 3.0 and _HEX.fullmatch(secret) and not secret.isdigit() \
            and not secret.isalpha():
        return True  # token_hex(16+) after a secret keyword; a hash in context was dropped already
    if n >= 40 and classes == 2 and ent >= 4.1 and secret.isalnum() and not secret.isdigit() \
            and not secret.isalpha():
        return True  # base32/base36 in one case (an Azure DevOps PAT): more symbols than hex has
    if classes == 4 and ent >= 3.3:
        return True
    if n >= 16 and ent >= 3.5 and secret.isalpha() and _random_case(secret):
        return True  # a letters-only generated password (AviGpYmnRJruGMBGkxVM)
    if classes < 3 or ent < 3.3:
        return False
    # 12-15 characters: a password manager's default, unless it reads as words (parseJson2Dict)
    return n >= 16 or not _WORDS.fullmatch(secret)


def is_vendored(path: bytes) -> bool:
    """Lock files and minified or bundled web assets (machine-written; see LOCK_FILES)."""
    if not path:
        return False
    name = path.rsplit(b"/", 1)[-1].lower()
    return name in LOCK_FILES or bool(_VENDORED.search(path))


def is_fixture_path(path: bytes) -> bool:
    return bool(path) and bool(_FIXTURE.search(path))


def on_long_line(data: bytes, start: int, end: int, limit: int = LONG_LINE) -> bool:
    """The text around a match on its line exceeds `limit` bytes (minified code, serialized
    data). The secret itself does not count: a long key on a short line is still a key."""
    lo = max(start - limit - 1, 0)
    before = data.rfind(b"\n", lo, start)
    if before < 0 and lo > 0:
        return True
    after = data.find(b"\n", end, end + limit + 1)
    if after < 0:
        after = min(len(data), end + limit + 1)
    return (start - before - 1) + (after - end) > limit


def _base62_crc32(payload: bytes, width: int = 6) -> bytes:
    n = zlib.crc32(payload)
    out = bytearray()
    for _ in range(width):
        n, r = divmod(n, 62)
        out.append(_B62[r])
    return bytes(reversed(out))


def github_crc32(secret: bytes) -> bool:
    """gh[pousr]_ and github_pat_-less classic tokens: last 6 chars are base62 CRC32 of the rest.

    Format: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
    """
    _, _, body = secret.partition(b"_")
    if len(body) < 7:
        return False
    return _base62_crc32(body[:-6]) == body[-6:]


def npm_crc32(secret: bytes) -> bool:
    """npm_ tokens use the same scheme (npm's 2021 token format announcement)."""
    return github_crc32(secret)


def _b64url(part: bytes) -> bytes:
    return base64.urlsafe_b64decode(part + b"=" * (-len(part) % 4))


def jwt(secret: bytes) -> bool:
    parts = secret.split(b".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(_b64url(parts[0]))
        json.loads(_b64url(parts[1]))
    except (ValueError, binascii.Error):
        return False
    return isinstance(header, dict) and isinstance(header.get("alg"), str)


# HMAC keys that documentation and tutorials sign their example JWTs with: jwt.io's debugger
# defaults ("your-256-bit-secret", later "a-string-secret-at-least-256-bits-long") and the words
# READMEs use. A token that verifies with one of them proves nothing secret: anyone can mint it.
PLACEHOLDER_JWT_KEYS = (
    "secret", "your-256-bit-secret", "a-string-secret-at-least-256-bits-long", "your-secret-key",
    "your_secret_key", "your-secret", "secret-key", "secret_key", "secretkey", "mysecret",
    "my-secret", "my_secret", "my-secret-key", "supersecret", "super-secret", "key", "test",
    "changeme", "password", "shhhhh", "jwt-secret", "jwt_secret", "example",
)
_JWT_HMAC = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
JWT_EXAMPLE_NOTE = "signed with the placeholder key {!r}: anyone can make this token (an example)"


def jwt_placeholder_key(secret: bytes) -> str | None:
    """The placeholder key an HS256/384/512 JWT verifies with, if any (PLACEHOLDER_JWT_KEYS)."""
    parts = secret.split(b".")
    if len(parts) != 3:
        return None
    try:
        alg = json.loads(_b64url(parts[0])).get("alg")
        signature = _b64url(parts[2])
    except (ValueError, binascii.Error, AttributeError):
        return None
    digest = _JWT_HMAC.get(alg) if isinstance(alg, str) else None
    if digest is None:
        return None
    signed = parts[0] + b"." + parts[1]
    for key in PLACEHOLDER_JWT_KEYS:
        if hmac.compare_digest(hmac.new(key.encode(), signed, digest).digest(), signature):
            return key
    return None


_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def pem(secret: bytes) -> bool:
    """The block between BEGIN and END is base64 (after optional RFC 1421 headers) of a DER
    SEQUENCE, or of an `openssh-key-v1` structure for OpenSSH keys (RFC 7468; OpenSSH PROTOCOL.key).
    Keys pasted into JSON or YAML strings carry literal `\\n` escapes: those count as newlines."""
    m = _PEM.search(secret.replace(b"\\r", b"").replace(b"\\n", b"\n"))
    if not m:
        return False
    label, body = m.group(1), m.group(2)
    if b"ENCRYPTED" in body[:200] or b"PuTTY" in body[:40]:
        return True
    lines = [ln.strip() for ln in body.splitlines() if ln.strip() and b":" not in ln]
    try:
        decoded = base64.b64decode(b"".join(lines), validate=True)
    except (ValueError, binascii.Error):
        return False
    if len(decoded) < 32:
        return False
    if label.startswith(b"OPENSSH"):
        return decoded.startswith(b"openssh-key-v1\0")
    return decoded[0] == 0x30 or b"PGP" in label or b"SSH2" in label


_BECH32 = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def bech32(secret: bytes) -> bool:
    """Bech32 checksum (BIP 173), as used by age secret keys (AGE-SECRET-KEY-1...)."""
    text = secret.lower()
    hrp, sep, data = text.rpartition(b"1")
    if not sep or not hrp or len(data) < 7:
        return False
    values = [c >> 5 for c in hrp] + [0] + [c & 31 for c in hrp]
    for ch in data:
        pos = _BECH32.find(bytes((ch,)))
        if pos < 0:
            return False
        values.append(pos)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_BECH32_GEN):
            if (top >> i) & 1:
                chk ^= g
    return chk == 1


def pem_base64(secret: bytes) -> bool:
    """A PEM block, base64-encoded once more (Kubernetes secrets, kubeconfig `client-key-data`)."""
    try:
        raw = base64.b64decode(secret + b"=" * (-len(secret) % 4), validate=True)
    except (ValueError, binascii.Error):
        return False
    return pem(raw)


def basic_auth(secret: bytes) -> bool:
    """Base64 of `user:password` (RFC 7617; Docker config.json and .npmrc `_auth` use it too)."""
    try:
        raw = base64.b64decode(secret + b"=" * (-len(secret) % 4), validate=True)
        text = raw.decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    user, sep, password = text.partition(":")
    return bool(sep and user and password) and text.isprintable()


def pypi_macaroon(secret: bytes) -> bool:
    """pypi- tokens are base64 macaroons whose location is pypi.org (docs.pypi.org/api/secrets)."""
    body = secret[len(b"pypi-"):]
    try:
        raw = _b64url(body[:80])
    except (ValueError, binascii.Error):
        return False
    return b"pypi.org" in raw


def aws_key_id(secret: bytes) -> bool:
    """An access key id is 20 upper-case base32 characters after its 4-letter prefix."""
    return len(secret) == 20 and bool(re.fullmatch(rb"[A-Z0-9]{4}[A-Z2-7]{16}", secret))


CHECKS: dict[str, Callable[[bytes], bool]] = {
    "github-crc32": github_crc32,
    "npm-crc32": npm_crc32,
    "jwt": jwt,
    "pem": pem,
    "pypi-macaroon": pypi_macaroon,
    "aws-key-id": aws_key_id,
    "bech32": bech32,
    "basic-auth": basic_auth,
    "pem-base64": pem_base64,
}
DOWNGRADED = "failed offline check"  # the note on a finding whose check failed (engine._finish)

# A token in the query of a status-badge image URL (CircleCI's circle-token=, Codecov's
# badge.svg?token=): a read-only token the provider tells projects to publish in their README.
BADGE_NOTE = "in a status-badge image URL: a read-only badge token, published on purpose"
_BADGE_URL = re.compile(rb"https?://[^\s\"'()<>\[\]]*(?:\.svg|\.png|badge)[^\s\"'()<>\[\]]*[?&][\w.-]+=\Z")


def in_badge_url(context: bytes) -> bool:
    """The secret is a query value of a badge image URL (`context` is the text before it)."""
    return bool(_BADGE_URL.search(context[-300:]))


# Checks that verify a checksum or a full structure: passing raises a finding to high confidence.
CHECKSUMS = frozenset({"github-crc32", "npm-crc32", "jwt", "pypi-macaroon", "bech32"})


def github_token(prefix: str, body: bytes) -> bytes:
    """Build a token with a valid checksum (tests and `leakscan doctor` use it)."""
    return prefix.encode() + body + _base62_crc32(body)
