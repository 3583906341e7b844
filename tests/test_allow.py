"""Inline directives: every style users bring from other scanners, in several comment syntaxes."""

from __future__ import annotations

import fakes
import pytest

from leakscan import allow
from leakscan import rules as rules_mod
from leakscan.engine import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(rules_mod.load_builtin())


# (name, text with {tok}); each must be suppressed.
SUPPRESSED = [
    ("python same line", "T = '{tok}'  # leakscan:allow test fixture\n"),
    ("python line above", "x = 1\n# leakscan:allow revoked 2024-05\nT = '{tok}'\n"),
    ("python next-line form", "# leakscan:allow-next-line\nT = '{tok}'\n"),
    ("js same line", "const t = \"{tok}\"; // gitleaks:allow\n"),
    ("js line above", "  // leakscan:allow sample for docs\n  const t = `{tok}`;\n"),
    ("js block comment", "const t = '{tok}'; /* betterleaks:allow */\n"),
    ("yaml pragma", "github:\n  token: {tok}  # pragma: allowlist secret\n"),
    ("yaml pragma nextline", "# pragma: allowlist nextline secret\ntoken: {tok}\n"),
    ("shell trufflehog", "export GH_TOKEN={tok} # trufflehog:ignore\n"),
    ("shell kingfisher", "GH_TOKEN='{tok}' # kingfisher:ignore\n"),
    ("secretlint line", "token = '{tok}' // secretlint-disable-line\n"),
    ("secretlint next line", "// secretlint-disable-next-line\ntoken = '{tok}'\n"),
    ("ggshield", "token = '{tok}' # ggignore\n"),
    ("sql comment above", "-- leakscan:allow seed data\nINSERT INTO t VALUES ('{tok}');\n"),
    ("html comment above", "<!-- leakscan:allow docs example -->\n<code>{tok}</code>\n"),
    ("upper case", "T = '{tok}'  # LEAKSCAN:ALLOW\n"),
    ("python string with directive inside", "T = '{tok} leakscan:allow'\n"),
]

# (name, text); the secret must still be reported.
REPORTED = [
    ("directive two lines above", "# leakscan:allow\n\nT = '{tok}'\n"),
    ("gitleaks only on its own line", "# gitleaks:allow\nT = '{tok}'\n"),
    ("trailing allow on the line above covers only that line", "a = 1  # leakscan:allow\nT = '{tok}'\n"),
    ("next-line directive does not cover its own line", "T = '{tok}'  # pragma: allowlist nextline secret\n"),
    ("directive below a one-line secret", "T = '{tok}'\n# leakscan:allow\n"),
    ("similar word", "T = '{tok}'  # leakscan allow\n"),
]


@pytest.mark.parametrize("text", [t for _, t in SUPPRESSED], ids=[n for n, _ in SUPPRESSED])
def test_directive_suppresses(engine: Engine, text: str) -> None:
    data = text.format(tok=fakes.ghp()).encode()
    assert engine.scan(data) == []
    assert engine.scan(allow.neutralize(data)) != [], "the secret must be found without the directive"


@pytest.mark.parametrize("text", [t for _, t in REPORTED], ids=[n for n, _ in REPORTED])
def test_directive_does_not_reach(engine: Engine, text: str) -> None:
    assert len(engine.scan(text.format(tok=fakes.ghp()).encode())) == 1


def test_multiline_python_string_closing_line(engine: Engine) -> None:
    key = fakes.pem_private_key(7).rstrip("\n")
    text = f'KEY = """{key}\n"""  # leakscan:allow throwaway test key\n'
    assert engine.scan(text.encode()) == []
    assert [m.rule_id for m in engine.scan(text.replace("leakscan:allow", "note").encode())] == [
        "private-key-pem"]


def test_multiline_pem_directive_above(engine: Engine) -> None:
    key = fakes.pem_private_key(8)
    assert engine.scan(f"# gitleaks:allow\n{key}".encode()) != []  # gitleaks' is same-line only
    assert engine.scan(f"# leakscan:allow fixture\n{key}".encode()) == []
    yaml = f"tls:\n  # pragma: allowlist nextline secret\n  key: |\n    {key}".replace("\n-", "\n    -")
    assert engine.scan(yaml.encode()) != []  # the directive is two lines above the key


def test_yaml_block_scalar_with_directive_inside(engine: Engine) -> None:
    tok = fakes.ghp()
    text = f"script: |\n  # leakscan:allow CI sample\n  curl -H 'Authorization: token {tok}'\n"
    assert engine.scan(text.encode()) == []


def test_find_reports_lines_words_and_reasons() -> None:
    data = (b"a = 1\n# leakscan:allow rotated in INC-42\nb = 2  // gitleaks:allow\n"
            b"/* leakscan:allow-next-line: docs */\n# pragma: allowlist nextline secret\n")
    got = [(d.line, d.word, d.reason) for d in allow.find(data)]
    assert got == [(2, "leakscan:allow", "rotated in INC-42"), (3, "gitleaks:allow", ""),
                   (4, "leakscan:allow-next-line", "docs"),
                   (5, "pragma: allowlist nextline secret", "")]
    assert allow.find(b"nothing here") == []


def test_neutralize_keeps_offsets() -> None:
    data = b"x = 1  # LeakScan:Allow because\n"
    out = allow.neutralize(data)
    assert len(out) == len(data) and b"allow" not in out.lower() and out.endswith(b"because\n")
