"""Precision machinery: placeholders, documentation keys, vendored files, checks, confidence floor."""

from __future__ import annotations

import base64
import random
import string
import uuid
from pathlib import Path

import fakes
import pytest

from leakscan import checks, config, pipeline
from leakscan import rules as rules_mod
from leakscan.engine import Engine
from leakscan.findings import apply_filters
from leakscan.models import Finding, Location, ScanStats

B62 = string.ascii_letters + string.digits
TYPED = "mx7hq2" + "harbor"  # a typed-looking password, built at run time (the repo scans clean)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(rules_mod.load_builtin())


# -- placeholders and templates ------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "<your-api-key>", "${DB_PASSWORD}", "{{ secret }}", "{{secret}}", "%(password)s", "#{token}",
    "xxxxxxxxxxxx", "************", "changeme", "CHANGE_ME_PLEASE", "example-token-123",
    "your_token_here", "REDACTED", "aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "0123456789abcdef",
    "process.env.API_KEY", "{% raw %}",
])
def test_placeholders_for_every_rule(value: str) -> None:
    assert checks.is_placeholder(value.encode())
    assert checks.is_placeholder(value.encode(), generic=True)


@pytest.mark.parametrize("value", [
    "$DB_PASSWORD", "test1234", "dummy-pass", "fixme", "passwordField", "accessToken",
    "mySecretValue", "AUTH_TOKEN", "settings.SECRET_KEY", "self.password", "/etc/ssl/key.pem",
    "hunter2", "1.2.3", "2024-01-01", "abab1212abab", "ENC(Xk29fjQ8zLpW)", "none",
])
def test_generic_only_placeholders(value: str) -> None:
    """Words and identifiers disqualify a value typed after `password =`, not a provider token."""
    assert checks.is_placeholder(value.encode(), generic=True)


def test_provider_tokens_keep_words_that_occur_by_chance() -> None:
    stripe_like = b"sk_test_" + b"51Hx" + b"test" + b"Q9vLm2ZpR7dKf3TwYb8NcJ"
    assert not checks.is_placeholder(stripe_like)
    assert checks.is_placeholder(stripe_like, generic=True)
    assert not checks.is_placeholder(b"ghp_" + b"aXxxxB" + b"9" * 3 + b"kLmNoPqRsTuVwXyZ012345")


def test_word_lists_measured_on_random_tokens() -> None:
    """The list applied to provider rules costs nothing measurable on random tokens; the generic
    list costs a little, which is why it stays with generic rules."""
    rnd = random.Random(4)
    tokens = ["".join(rnd.choice(B62) for _ in range(40)).encode() for _ in range(20000)]
    hexes = ["".join(rnd.choice("0123456789abcdef") for _ in range(40)).encode() for _ in range(20000)]
    assert sum(checks.is_placeholder(t) for t in tokens) == 0
    assert sum(checks.is_placeholder(t) for t in hexes) == 0
    generic_drops = sum(checks.is_placeholder(t, generic=True) for t in tokens)
    assert generic_drops <= 4  # under 0.02%: short words count only as whole tokens


def test_long_structured_secrets_may_have_runs() -> None:
    """OpenSSH keys are full of AAAAAAAA (zero length fields): not a placeholder."""
    body = base64.b64encode(b"openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01"
                            + bytes(range(200))).decode()
    key = f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"
    assert "AAAAAA" in body and not checks.is_placeholder(key.encode())
    assert checks.pem(key.encode())
    assert checks.is_placeholder(b"x" + b"A" * 12)


def test_hashes_and_uuids_in_context_are_not_generic_secrets() -> None:
    rnd = random.Random(1)
    sha = "".join(rnd.choice("0123456789abcdef") for _ in range(64)).encode()
    assert checks.is_placeholder(sha, True, b'"integrity": "')
    assert checks.is_placeholder(sha, True, b"# sha256 of the release\nsecret = '")
    assert checks.is_placeholder(sha.upper(), True, b"commit_secret = '")
    assert not checks.is_placeholder(sha, True, b"secret_key = '")
    assert not checks.is_placeholder(sha, False, b'"integrity": "')  # provider rules: untouched
    mixed = sha[:30] + sha[30:].upper()  # not all one case: not a digest
    assert not checks.is_placeholder(mixed, True, b"checksum_token = '")
    uuid = b"3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c"
    assert checks.is_placeholder(uuid, True, b"request_id = '") and not checks.is_placeholder(uuid)


@pytest.mark.parametrize("value", [
    b"AKIAIOSFODNN7EXAMPLE", b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    b"sk_test_4eC39HqLyjWDarjtT1zdp7dc", b"QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    b"854DvwSlUwEHtIo3kWy6x7UCPKHfzCmy",  # the Cargo Book's registry token
    b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
    b"IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
])
def test_documentation_keys(value: bytes) -> None:
    assert checks.is_known_example(value) and checks.is_placeholder(value)


def test_a_few_escape_sequences_are_parser_test_data(engine: Engine) -> None:
    """CPython's test_netrc.py feeds `password \\xa1\\xa2` to its parser: escapes, not a password."""
    for value in (rb"\xa1\xa2", rb"\u00e9\u00e8\u00ea", rb"\101\102\103"):
        assert checks.is_placeholder(value)
    assert not checks.is_placeholder(rb"\xa1" + fakes.password(9).encode())
    line = "machine host.domain.com login log password {} account acct\n"
    assert engine.scan(line.format(r"\xa1\xa2").encode(), b"Lib/test/test_netrc.py") == []
    pw = fakes.password(11)
    assert [m.secret for m in engine.scan(line.format(pw).encode(), b".netrc")] == [pw.encode()]


def test_a_jwt_signed_with_a_placeholder_key_is_a_low_example(engine: Engine) -> None:
    """READMEs sign their example tokens with "secret" or "your-secret-key": anyone can mint
    those, so they report low with a note; a token under a real key stays high."""
    for key, alg in ((b"your-secret-key", "HS256"), (b"secret", "HS512"), (b"your-256-bit-secret", "HS384")):
        token = fakes.signed_jwt(key, alg, seed=5)
        assert checks.jwt_placeholder_key(token.encode()) == key.decode()
        [m] = engine.scan(f"token = '{token}'\n".encode(), b"README.md")
        assert m.rule_id == "jwt" and m.confidence == "low" and key.decode() in m.note
    real = fakes.signed_jwt(fakes.rand(32, seed=6).encode(), seed=7)
    assert checks.jwt_placeholder_key(real.encode()) is None
    [m] = engine.scan(f"token = '{real}'\n".encode(), b"app/client.py")
    assert (m.confidence, m.note) == ("high", "")
    assert checks.jwt_placeholder_key(fakes.jwt(3).encode()) is None  # a random signature


def test_jwt_io_sample_is_not_reported(engine: Engine) -> None:
    sample = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
              "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    stats = ScanStats()
    assert engine.scan(f"token = '{sample}'\n".encode(), b"docs/auth.md", stats) == []
    assert stats.suppressed_placeholder >= 1
    assert [m.rule_id for m in engine.scan(f"token = '{fakes.jwt(3)}'\n".encode())] == ["jwt"]


# -- lock files, minified files, long lines -------------------------------------------------

@pytest.mark.parametrize("path", [
    b"package-lock.json", b"web/yarn.lock", b"poetry.lock", b"Cargo.lock", b"go.sum",
    b"static/js/app.min.js", b"dist/vendor.bundle.js", b"assets/site.css.map",
    b"node_modules/left-pad/index.js",
])
def test_vendored_paths(path: bytes) -> None:
    assert checks.is_vendored(path)


@pytest.mark.parametrize("path", [b"src/app.js", b"settings.py", b"lockfile.py", b"minimal.js", b""])
def test_not_vendored_paths(path: bytes) -> None:
    assert not checks.is_vendored(path)


def test_generic_rules_stay_silent_in_lock_files_provider_rules_do_not(engine: Engine) -> None:
    pw, tok = fakes.password(11), fakes.ghp(12)
    text = f'password = "{pw}"\ntoken = "{tok}"\n'.encode()
    assert {m.rule_id for m in engine.scan(text, b"config/app.py")} >= {
        "generic-password-assignment", "github-pat-classic"}
    stats = ScanStats()
    assert [m.rule_id for m in engine.scan(text, b"frontend/package-lock.json", stats)] == [
        "github-pat-classic"]
    assert stats.extra["suppressed_vendored"] >= 1


def test_long_lines_silence_generic_rules_only(engine: Engine) -> None:
    pw, tok = fakes.password(13), fakes.ghp(14)
    minified = ("var a=1;" * 300 + f'password:"{pw}",t:"{tok}";' + "var b=2;" * 300).encode()
    assert [m.rule_id for m in engine.scan(minified, b"static/app.js")] == ["github-pat-classic"]


def test_on_long_line_ignores_the_secret_itself() -> None:
    long_secret = b"k" * 3000
    data = b"key: " + long_secret + b"\nnext: 1\n"
    assert not checks.on_long_line(data, 5, 5 + len(long_secret))
    data = b"x" * 1500 + b" key=" + b"s" * 20 + b"\n"
    assert checks.on_long_line(data, 1505, 1525)
    assert not checks.on_long_line(b"a\n" + b"key=" + b"s" * 20 + b"\n", 6, 26)


# -- offline checks ---------------------------------------------------------------------------

def _bech32_age(seed: int) -> bytes:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    rnd = random.Random(seed)
    data = [rnd.randrange(32) for _ in range(52)]
    hrp = "age-secret-key-"
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data + [0] * 6
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(gen):
            chk ^= g if (top >> i) & 1 else 0
    chk ^= 1
    tail = [(chk >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(charset[d] for d in data + tail)).upper().encode()


def test_bech32_age_key_checksum(engine: Engine) -> None:
    key = _bech32_age(5)
    assert checks.bech32(key)
    broken = key[:-1] + (b"Q" if key[-1:] != b"Q" else b"P")
    assert not checks.bech32(broken)
    [good] = engine.scan(b"SOPS_AGE_KEY=" + key + b"\n")
    [bad] = engine.scan(b"SOPS_AGE_KEY=" + broken + b"\n")
    assert (good.rule_id, good.confidence) == ("age-secret-key", "high")
    assert (bad.confidence, bad.note) == ("low", "failed offline check bech32")


def test_basic_auth_check() -> None:
    assert checks.basic_auth(base64.b64encode(b"deploy:" + fakes.password(2).encode()))
    assert not checks.basic_auth(base64.b64encode(b"no colon here"))
    assert not checks.basic_auth(base64.b64encode(b":empty-user"))
    assert not checks.basic_auth(b"not base64 at all!")


def test_pem_checks_structure_and_json_escapes() -> None:
    key = fakes.pem_private_key(3)
    assert checks.pem(key.encode())
    assert checks.pem(key.replace("\n", "\\n").encode())  # pasted into a JSON string
    random_body = "-----BEGIN RSA PRIVATE KEY-----\n" + base64.b64encode(b"\x01" * 64).decode() + (
        "\n-----END RSA PRIVATE KEY-----")
    assert not checks.pem(random_body.encode())  # not a DER SEQUENCE
    assert checks.pem_base64(base64.b64encode(key.encode()))


# -- confidence floor: issue 4's default (medium and up) vs issue 2's downgraded tokens ---------

def _finding(rule_id: str, confidence: str, note: str = "") -> Finding:
    return Finding(rule_id, rule_id, b"s", "high", confidence,  # type: ignore[arg-type]
                   (Location("a", 1, 1),), note)


def test_default_floor_hides_generic_low_but_shows_downgraded_tokens() -> None:
    cfg = config.build(None)
    assert cfg.min_confidence == "auto"
    found = [
        _finding("generic-password-assignment", "low"),
        _finding("github-pat-classic", "low", "failed offline check github-crc32"),
        _finding("jwt", "medium"),
        _finding("generic-basic-auth-header", "low", "failed offline check basic-auth"),
    ]
    stats = ScanStats()
    kept = apply_filters(found, cfg, stats)
    assert [f.rule_id for f in kept] == ["github-pat-classic", "jwt"]
    assert stats.below_confidence == 2
    everything = apply_filters(found, cfg.with_(min_confidence="low"), ScanStats())
    assert len(everything) == 4
    strict = apply_filters(found, cfg.with_(min_confidence="medium"), ScanStats())
    assert [f.rule_id for f in strict] == ["jwt"]


def test_scan_default_shows_a_bad_checksum_token_and_hides_a_weak_generic_one(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        f'TOKEN = "{fakes.ghp_bad_checksum(21)}"\npassword = "{TYPED}"\n')
    res = pipeline.scan_paths(config.build(tmp_path), tmp_path)
    assert [(f.rule_id, f.confidence) for f in res.findings] == [("github-pat-classic", "low")]
    everything = pipeline.scan_paths(config.build(tmp_path, min_confidence="low"), tmp_path)
    assert {f.rule_id for f in everything.findings} == {"github-pat-classic",
                                                        "generic-password-assignment"}


def test_template_markers_are_constructs_not_single_characters() -> None:
    """A WordPress salt or a strong password may hold < { $ ( by chance; <your-key> may not."""
    salt = b"k<3Q{m$Tz(8]wR>p!vN%Lc;Y7uHj*X^b2e[sGq~fA9@dK&tM|o=W6-rB0_iZ.x1yS"
    assert not checks.is_placeholder(salt)
    assert checks.is_placeholder(b"prefix-<your-key>-suffix")
    assert checks.is_placeholder(b"pre${VAR}post") and checks.is_placeholder(b"{{ vault.pw }}")


def test_identifier_keys_pagination_and_tokenizer_values_are_not_generic_secrets() -> None:
    value = b"Xk29fjQ8zLpWq7Rt"
    assert checks.is_placeholder(value, True, b'client_id = "')
    assert checks.is_placeholder(value, True, b"accessKeyId: ")
    assert checks.is_placeholder(value, True, b'"NextContinuationToken": "')
    assert checks.is_placeholder(value, True, b'pad_token = "')
    assert not checks.is_placeholder(value, True, b"postgres://app_id:")
    assert not checks.is_placeholder(value, True, b'client_secret = "')
    assert checks.is_placeholder(b"V1ServiceAccountTokenProjection", True)
    assert checks.is_placeholder(b".models.v1_token_review", True)


@pytest.mark.parametrize(("value", "context"), [
    (b"my_credentialsCiphertext", b'         *       //   "credentialsCiphertext": "'),
    (b"my_customerManagedEncryptionKey", b'  //   "customerManagedEncryptionKey": "'),
    (b"x-aws-ec2-metadata-token-ttl-seconds", b'export declare const X_AWS_EC2_METADATA_TOKEN_TTL = "'),
    (b"X-Amz-Security-Token", b'export declare const TOKEN_QUERY_PARAM = "'),
    (b"X-Amz-S3session-Token", b'export declare const SESSION_TOKEN_QUERY_PARAM = "'),
])
def test_values_that_spell_their_key_and_header_names_are_not_generic_secrets(value: bytes,
                                                                               context: bytes) -> None:
    """Seen in node_modules (googleapis samples, AWS SDK constants): 29 generic findings on 879 MB."""
    assert checks.is_placeholder(value, True, context)


def test_a_random_value_after_its_key_name_is_still_a_secret() -> None:
    assert not checks.is_placeholder(b"apitoken_" + b"Xk29fjQ8zLpWq7Rt5yZ3", True, b'apitoken = "')
    assert not checks.is_placeholder(b"X-Api-" + fakes.password(5).encode(), True, b'token = "')
    assert not checks.is_placeholder(b"Xk29fjQ8zLpWq7Rt", True, b'clientSecretKey = "')


def test_a_uuid_piped_into_password_stdin_is_a_password() -> None:
    """Postmark server tokens are UUIDs; piped into `docker login --password-stdin` the value is a
    password by where it goes. The same UUID after an id key stays an identifier."""
    value = str(uuid.UUID(int=random.Random(4).getrandbits(128))).encode()
    after = b"' | docker login registry.corp.lan -u ci --password-stdin\necho done\n"
    assert not checks.is_placeholder(value, True, b"echo '", after)
    assert checks.is_placeholder(value, True, b'request_id = "', b'"\n')
    assert checks.is_placeholder(value, True, b"echo '", b"'\ndocker login --password-stdin\n")


def test_documentation_hosts_in_urls_are_placeholders_for_password_rules() -> None:
    pw = fakes.password(9).encode()
    assert checks.is_placeholder(pw, True, b"mongodb://reader:", b"@mongodb0.example.com:27017/")
    assert not checks.is_placeholder(pw, True, b"mongodb://reader:", b"@mongo-0.internal.test:27017/")
    assert not checks.is_placeholder(pw, False, b"mongodb://reader:", b"@mongodb0.example.com/")


@pytest.mark.parametrize("value", [b"Walnut.Nebula9942", b"dprSJMV.CYyQX2v6_dmu", b"Ember_Dune2553",
                                   b"tbDnf.D*SsjKu!G.teiZ3dgA"])
def test_human_passwords_are_not_taken_for_identifiers(value: bytes) -> None:
    assert not checks.is_placeholder(value, True)


def test_base64_of_a_placeholder_is_a_placeholder() -> None:
    assert checks.is_placeholder(base64.b64encode(b"not my real password"), True)
    assert not checks.is_placeholder(base64.b64encode(random.Random(2).randbytes(30)), True)


@pytest.mark.parametrize(("text", "rule_id"), [
    ('export const SECRET_KEY: string = "{hex}";\n', "generic-secret-assignment"),
    ("CREATE USER app_rw WITH PASSWORD '{pw}';\n", "sql-user-password"),
    ("NEXT_PUBLIC_MAPBOX_TOKEN={tok}\n", None),
    ('session.headers["Authorization"] = "Bearer {tok}"\n', "generic-bearer-header"),
])
def test_generic_shapes_on_real_code(engine: Engine, text: str, rule_id: str | None) -> None:
    rnd = random.Random(17)
    filled = text.format(hex="".join(rnd.choice("0123456789abcdef") for _ in range(64)),
                         pw=fakes.password(17), tok=fakes.rand(40, seed=17))
    got = [m.rule_id for m in engine.scan(filled.encode(), b"src/app.ts")]
    assert got == ([rule_id] if rule_id else [])


def test_generic_findings_with_generated_looking_values_are_medium(engine: Engine) -> None:
    """A keyword rule reports medium when the value looks generated, low when it looks typed."""
    strong = fakes.rand(24, seed=5) + "#9"
    [m] = engine.scan(f'db_password = "{strong}"\n'.encode(), b"app/settings.py")
    assert (m.rule_id, m.confidence) == ("generic-password-assignment", "medium")
    [m] = engine.scan(f'db_password = "{TYPED}"\n'.encode(), b"app/settings.py")
    assert m.confidence == "low"
    assert not checks.strong_value(b"abcdefgh1234") and checks.strong_value(strong.encode())


def test_short_random_passwords_are_medium_identifiers_are_not(engine: Engine) -> None:
    """12-15 random characters of three classes (a password manager's default length) look
    generated; a camel-case identifier or phrase of the same length does not."""
    rnd = random.Random(31)
    alphabet = string.ascii_letters + string.digits
    strong = 0
    for _ in range(200):
        value = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(12, 15)))
        strong += checks.strong_value(value.encode())
    assert strong >= 100  # 129 of 200 (0 before); a repeated character in 12 keeps entropy < 3.5
    for word in (b"parseJson2Dict", b"getUser2ById", b"MyPassword123", b"camelCase2Snake",
                 b"utf8ToUtf16Le", b"IAmSensitive"):
        assert not checks.strong_value(word), word
    value = "".join(rnd.choice(alphabet) for _ in range(15))
    while not checks.strong_value(value.encode()):
        value = "".join(rnd.choice(alphabet) for _ in range(15))
    [m] = engine.scan(f"  environment {{\n    ADMIN_PASSWORD = '{value}'\n  }}\n".encode(), b"Jenkinsfile")
    assert m.confidence == "medium"


def test_generated_passwords_with_a_repeated_character_are_still_medium(engine: Engine) -> None:
    """A password generator's 14-16 characters (letters, digits, symbols) often repeat one or
    two characters: entropy 3.3-3.5 bits. They are generated all the same; a number followed by
    words (gcloud's help example 123Abpassdord) is typed."""
    rnd = random.Random(43)
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*-_.+="
    values = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(14, 16))) for _ in range(400)]
    assert sum(checks.strong_value(v.encode()) for v in values) >= 390  # 395; 382 at 3.5 bits
    for value in (b"LgcC^QIPwhCIh-", b"wz5RIIbDPGuIbqwx"):  # 3.38 and 3.45 bits
        assert checks.strong_value(value), value
    for typed in (b"123Abpassdord", b"2024Springtime", b"42mySecretKey"):
        assert not checks.strong_value(typed), typed
    [m] = engine.scan(b"my $ldap_bind_password = 'LgcC^QIPwhCIh-';\n", b"lib/Config.pm")
    assert (m.rule_id, m.confidence) == ("generic-password-assignment", "medium")


def test_letters_only_generated_passwords_are_medium_class_names_are_not(engine: Engine) -> None:
    """A generator's "letters only" password (16+ mixed-case letters, case drawn at random) is
    generated; a class name with acronyms (AutoModelForCausalLM) writes words."""
    rnd = random.Random(47)
    values = ["".join(rnd.choice(string.ascii_letters) for _ in range(rnd.randint(16, 24)))
              for _ in range(300)]
    assert sum(checks.strong_value(v.encode()) for v in values) >= 200  # 220; 0 before
    for name in (b"AutoModelForCausalLM", b"MoeCausalLMOutputWithPast", b"MutableDenseNDimArray",
                 b"XMLHttpRequestFactory", b"abcdefghijklmnopqrst"):
        assert not checks.strong_value(name), name
    [m] = engine.scan(b'  smtp_password = "AviGpYmnRJruGMBGkxVM"\n', b"terraform/main.tf")
    assert (m.rule_id, m.confidence) == ("generic-password-assignment", "medium")


def test_a_base64_value_that_starts_with_a_slash_is_no_path() -> None:
    rnd = random.Random(37)
    b64 = "/" + "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(40)) + "/"
    b64 += "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(20))
    assert not checks.is_generic_non_secret(b64.encode(), b"app.security.jwt.secret=")
    for path in (b"/var/lib/app/secrets/jwt.key", b"/etc/ssl/private/Server2024Key.pem",
                 b"/opt/MyApplicationConfigurationFiles/app"):
        assert checks.is_generic_non_secret(path, b"app.security.jwt.secret="), path


def test_generated_hex_after_a_secret_keyword_is_medium_a_hash_is_not(engine: Engine) -> None:
    """secrets.token_hex(16+) is how Flask keys, HMAC signing secrets and many API keys look; a
    hex digest has a hash word nearby and is dropped before any confidence is given."""
    rng = random.Random(23)
    key = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    [m] = engine.scan(f'SECRET_KEY = "{key}"\n'.encode(), b"app/config.py")
    assert m.secret == key.encode() and m.confidence == "medium"
    assert engine.scan(f'secret_sha256 = "{key}"\n'.encode(), b"app/config.py") == []
    assert checks.strong_value(key[:32].encode()) and not checks.strong_value(key[:24].encode())
    assert not checks.strong_value(b"1234567890" * 4)  # digits only: a number, not a token
    assert not checks.strong_value(b"ab" * 20)  # no spread: entropy 1 bit


def test_one_case_base32_and_base36_tokens_after_a_keyword_are_medium(engine: Engine) -> None:
    """An Azure DevOps PAT (52 lower-case base32) or a base36 API key has two character classes
    but more symbols than hex: generated, so medium; a word-and-digit identifier is not."""
    rng = random.Random(41)
    for alphabet, n in (("abcdefghijklmnopqrstuvwxyz234567", 52),
                        (string.ascii_lowercase + string.digits, 40),
                        (string.ascii_uppercase + string.digits, 48)):
        token = "".join(rng.choice(alphabet) for _ in range(n))
        assert checks.strong_value(token.encode()), token
    pat = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(52))
    [m] = engine.scan(f'client = AzureDevopsClient("{pat}")\n'.encode(), b"ci/sync.py")
    assert m.secret == pat.encode() and m.confidence == "medium"
    assert not checks.strong_value(b"release2024candidate3build7finalversion2")  # words: 4.06 bits
    assert not checks.strong_value(token[:39].encode())  # shorter: word runs reach the same entropy


def test_a_real_secret_rule_reports_a_generated_value_medium_a_public_id_rule_does_not(
        engine: Engine) -> None:
    """Low provider rules of high/critical severity (a Maven Central token under ossrhPassword)
    get the generic rules' strong-value upgrade; public ids (info/low severity) stay low."""
    rng = random.Random(43)
    token = "".join(rng.choice(string.ascii_letters + string.digits + "=") for _ in range(20))
    [m] = engine.scan(f"ossrhUsername=corp-release\nossrhPassword={token}\n".encode(), b"gradle.properties")
    assert (m.rule_id, m.confidence) == ("sonatype-central-token", "medium")
    [m] = engine.scan(f"ossrhPassword={token}\n".encode(), b"src/test/resources/gradle.properties")
    assert m.confidence == "low"  # a test fixture keeps it low, as for generic rules
    upgradable = {r.id: up for r, up in zip(engine.rules, engine._upgradable, strict=True)}
    assert upgradable["generic-password-assignment"] and upgradable["gemfury-token"]
    assert not upgradable["twilio-account-sid"] and not upgradable["segment-write-key"]
    assert not upgradable["github-pat-classic"]  # a checksum decides its confidence


def test_a_version_number_is_no_secret_a_value_that_starts_like_one_is() -> None:
    for version in (b"3.11.0rc1", b"1.2.3", b"v2.0.1-4", b"10.4.2.1beta2"):
        assert checks.is_generic_non_secret(version), version
    assert not checks.is_generic_non_secret(b"9.4Wd7giyXecDL5fjBWLu")  # a password, not 9.4


def test_random_salts_with_angle_brackets_are_not_templates() -> None:
    """WordPress salts come from an alphabet with < > { } $: a salt that starts with < or holds
    <word> is still random; a template's words keep its entropy low."""
    rng = random.Random(31)
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*()-_ []{}<>~+=,.;:/?|"
    salt = "<" + "".join(rng.choice(alphabet) for _ in range(62)) + ">"
    assert checks.entropy(salt.encode()) >= 5.0 and not checks.is_placeholder(salt.encode(), True)
    for template in (b"<your-secret-key-goes-here-please-replace-it-now>",
                     b"sk_live_<your-stripe-secret-key-here-from-dashboard>", b"<api-key>"):
        assert checks.is_placeholder(template, True)


@pytest.mark.parametrize(("path", "fixture"), [
    (b"pkg/config/kube_config_test.py", True), (b"tests/unit/test_api.py", True),
    (b"botocore/data/iam/examples-1.json", True), (b".env.example", True), (b"web/app.spec.ts", True),
    (b"config/settings.sample.py", True), (b"app/.env.production", False), (b"src/contest.py", False),
    # a shell script named like a test (smoke, integration) calls real services with real keys
    (b"scripts/smoke_test.sh", False), (b"ci/test_deploy.sh", False), (b"tests/smoke_test.sh", True),
    (b"pkg/store_test.go", True),
])
def test_fixture_paths(path: bytes, fixture: bool) -> None:
    assert checks.is_fixture_path(path) is fixture


def test_generic_findings_in_tests_and_examples_stay_low(engine: Engine) -> None:
    strong = fakes.rand(24, seed=6) + "#9"
    text = f'db_password = "{strong}"\n'.encode()
    assert [m.confidence for m in engine.scan(text, b"app/auth.py")] == ["medium"]
    assert [m.confidence for m in engine.scan(text, b"app/auth_test.py")] == ["low"]
    tok = fakes.ghp(8)  # provider rules keep their confidence in tests
    assert [m.confidence for m in engine.scan(f"T = '{tok}'\n".encode(), b"tests/t.py")] == ["high"]


def _hex(n: int, seed: int) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def test_snake_case_value_with_a_random_tail_is_not_an_identifier() -> None:
    """shippo_live_<40 hex> fully matches the snake_case shape but its last segment is random."""
    for prefix in ("shippo_live_", "acme-prod-", "svc_key_"):
        assert not checks.is_placeholder((prefix + _hex(40, 3)).encode(), True)
    assert not checks.is_placeholder(("deploy_" + fakes.rand(24, seed=9).lower()).encode(), True)
    for ident in (b"shippo_live_token", b"my_service_account_name", b"db-password-rotation-schedule",
                  b"some_internationalization_config", b"read_write_v2", b"x25519.X25519PrivateKey"):
        assert checks.is_placeholder(ident, True)


def test_short_generic_words_count_as_tokens_not_substrings() -> None:
    """todo, asdf, true, none, test, pass, xxxx inside a random run occur by chance."""
    rnd = random.Random(11)
    body = "".join(rnd.choice(B62) for _ in range(34))
    for word in ("todo", "asdf", "true", "none", "test", "pass", "xxxx", "Test", "TODO"):
        inside = f"{body[:17]}{word}{body[17:]}"  # letters on both sides: part of the random run
        inside = inside[:16] + "q" + inside[17:] if inside[16].isdigit() else inside
        assert not checks.is_placeholder(inside.encode(), True), inside
    for value in ("test", "TODO", "true", "none", "test1234", "myTodoList", "pass_1234", "asdf-asdf",
                  "xxxx-xxxx-xxxx", "dev.test.key", "Test_Value2", "sk_test_" + body):
        assert checks.is_placeholder(value.encode(), True), value
    # Long words and words with punctuation still count anywhere.
    assert checks.is_placeholder(f"{body[:10]}password{body[10:]}".encode(), True)
    assert checks.is_placeholder(f"{body[:10]}p@ss{body[10:]}".encode(), True)


@pytest.mark.parametrize(("context", "dropped"), [
    (b"HEROKU_API_KEY=", False), (b"curl -u user@acme.test:", False), (b"curl -n --user 'ops:", False),
    (b'"private_key": "', False), (b"heroku:\n  api_key: ", False), (b"Authorization: Bearer ", False),
    (b"session_token = '", False), (b"postgres://app:", False), (b'apiSecret: "', False),
    (b'"access_token": "', False),
    (b"request_id = '", True), (b"X-Request-ID: ", True), (b"trace: ", True), (b"correlationId: ", True),
    (b'"uuid": "', True), (b"guid = ", True), (b"request: ", True), (b"", True), (b"spanId=", True),
    (b"token_uuid: ", True), (b'"ClientRequestToken": "', True), (b'"ChangeToken": "', True),
    (b'"LifecycleActionToken": "', True), (b"request_token_secret = ", True),
    # the default of a lookup: the key is the name looked up
    (b'os.environ.get("ATLAS_PRIVATE_KEY", "', False), (b'("request_id", "', True),
    (b"process.env.HEROKU_API_KEY || '", False), (b"env.REQUEST_ID ?? '", True),
    (b'    "alias/aws/secretsmanager": "', True),  # a KMS key alias (moto's kms/utils.py)
    # a Terraform variable's default: the key is the variable's name
    (b'variable "atlas_private_key" {\n  sensitive = true\n  default   = "', False),
    (b'variable "tenant_request_id" {\n  sensitive = true\n  default   = "', True),
    (b'variable "atlas_private_key" {}\nvariable "x" {\n  default = "', True),
])
def test_uuid_values_depend_on_the_key_before(context: bytes, dropped: bool) -> None:
    """UUID-shaped secrets (Heroku legacy API keys, MongoDB Atlas private keys) are kept where the
    key names a credential; UUIDs after an id, request or trace key are identifiers."""
    uuid = b"3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c"
    assert checks.is_placeholder(uuid, True, context) is dropped
    assert not checks.is_placeholder(uuid, False, context)  # provider rules: never a placeholder


def test_uuid_secrets_reported_by_generic_rules(engine: Engine) -> None:
    uuid = "3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c"
    got = engine.scan(f"curl -u ops@acme.test:{uuid} https://api.internal.test/apps\n".encode(), b"deploy.sh")
    assert [m.rule_id for m in got] == ["generic-curl-user"]
    got = engine.scan(f"api_secret = '{uuid}'\n".encode(), b"app/settings.py")
    assert [m.rule_id for m in got] == ["generic-secret-assignment"]
    assert not engine.scan(f'request_id = "{uuid}"\n'.encode(), b"app/views.py")


def test_a_prefixed_uuid_is_no_kebab_case_name(engine: Engine) -> None:
    """`api-<uuid>` (a LaunchDarkly API token) once read as a kebab-case code reference."""
    value = f"api-{uuid.UUID(int=random.Random(5).getrandbits(128), version=4)}".encode()
    assert not checks.is_generic_non_secret(value, b'  default   = "')
    assert checks.is_generic_non_secret(b"api-gateway-default-route", b'  default   = "')
    tf = b'variable "ld" {\n  type      = string\n  sensitive = true\n  default   = "' + value + b'"\n}\n'
    assert [m.secret for m in engine.scan(tf, b"infra/variables.tf")] == [value]


def test_fallback_defaults_and_php_define_report_once(engine: Engine) -> None:
    """A literal given as the default of an environment lookup is a committed secret; in a PHP
    define() the define rule reports it, not the generic assignment inside it."""
    rnd = random.Random(8)
    value = "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(28))
    hexv = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
    for line in (f'API_KEY = os.environ.get("API_KEY", "{hexv}")',
                 f'api_key = os.getenv("API_KEY", "{hexv}")',
                 f"const apiKey = process.env.API_KEY || '{hexv}';"):
        found = engine.scan(line.encode() + b"\n", b"app/settings.py")
        assert [(m.rule_id, m.secret, m.confidence) for m in found] == [
            ("generic-api-key-assignment", hexv.encode(), "medium")], line
    found = engine.scan(f"define('SMTP_PASSWORD', '{value}');\n".encode(), b"wp-config.php")
    assert [m.rule_id for m in found] == ["generic-php-define-secret"]
    assert engine.scan(b'API_KEY = os.getenv("API_KEY", "")\n', b"app/settings.py") == []
    # the comma form needs a getter call: a (name, class) tuple in a mapping is no assignment
    pairs = f'MAPPING = [\n    ("omni_token2wav", "{value}"),\n]\n'.encode()
    assert engine.scan(pairs, b"models/auto_mappings.py") == []
    assert engine.scan(pairs.replace(b'("', b'get("'), b"models/auto_mappings.py")


def test_repository_and_model_names_are_no_generic_secrets(engine: Engine) -> None:
    """`InferenceClient("meta-llama/Meta-Llama-3-8B-Instruct")` names a model, not a key; a
    generated key passed the same way is one (huggingface_hub's docstrings gave 12 findings)."""
    for name in (b"meta-llama/Meta-Llama-3-8B-Instruct", b"sentence-transformers/all-MiniLM-L6-v2",
                 b"google/gemma-2-9b-it", b"org.example/service_name.v2"):
        assert checks.is_generic_non_secret(name), name
    rnd = random.Random(12)
    b64 = "".join(rnd.choice(string.ascii_letters + string.digits + "/") for _ in range(43)) + "="
    key = "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(20))
    joined = f"{key[:10]}/{key[10:]}-{rnd.getrandbits(64):016x}{key}"  # a random run of 36
    for value in (b64, joined):
        assert not checks.is_generic_non_secret(value.encode()), value
    hexv = f"{rnd.getrandbits(128):032x}"
    for line in (f'client = SearchClient.create("{key[:10].upper()}", "{hexv}")',
                 f"    return Auth0Client(\n        '{key}',\n        '{b64}',\n        timeout=30,\n    )",
                 f'let c = WeightsBiasesClient::new("{hexv}");'):
        found = engine.scan(line.encode() + b"\n", b"app/clients.py")
        assert [(m.rule_id, m.confidence) for m in found] == [
            ("generic-client-constructor-key", "medium")], line
    model = b'c = InferenceClient("meta-llama/Meta-Llama-3-8B-Instruct")\n'
    assert engine.scan(model, b"app/clients.py") == []
    assert engine.scan(f'c = compute("{hexv}")\n'.encode(), b"app/clients.py") == []  # no client call


def test_a_token_in_a_status_badge_url_is_low_with_a_note(engine: Engine) -> None:
    """CircleCI tells private projects to put a status-scoped token in their README badge; the
    same token assigned in config stays medium. Seen on /usr/share's npm package list."""
    token = f"{random.Random(41).getrandbits(160):040x}"
    badge = (f"[![CircleCI](https://circleci.com/gh/acme/app.svg?style=svg&circle-token={token})]"
             "(https://circleci.com/gh/acme/app)\n")
    [m] = engine.scan(badge.encode(), b"README.md")
    assert (m.rule_id, m.confidence, m.note) == ("circleci-token-legacy", "low", checks.BADGE_NOTE)
    [m] = engine.scan(f"CIRCLE_TOKEN={token}\n".encode(), b"ci.env")
    assert (m.rule_id, m.confidence, m.note) == ("circleci-token-legacy", "medium", "")
    assert not checks.in_badge_url(b"curl https://circleci.com/api/v1.1/me?circle-token=")


def test_names_and_dummy_basic_credentials_from_a_sdk_tree() -> None:
    """Found on /usr/lib (google-cloud-sdk), a tree never used for tuning: an IAM role name, a
    quoted type annotation and test-suite Basic credentials are no secrets; generated ones are."""
    assert checks.is_generic_non_secret(b"roles/iam.serviceAccountTokenCreator", b"token = '")
    assert checks.is_generic_non_secret(b"oauth2client_4_0.client.OAuth2Credentials", b"  creds: '")
    assert not checks.is_generic_non_secret(b"Walnut.Nebula9942", b"password = '")  # typed password
    basic = b"Authorization: Basic "
    for dummy in (b"foo:bar", b"xuser:xpassworX", b"admin:secret"):
        assert checks.is_generic_non_secret(base64.b64encode(dummy), basic), dummy
    real = base64.b64encode(f"deploy-bot:{fakes.rand(20, seed=43)}".encode())
    assert not checks.is_generic_non_secret(real, basic)
