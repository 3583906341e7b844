"""Rotation guides: every one loads and is complete; every rule's rotation id resolves."""

from __future__ import annotations

from pathlib import Path

import pytest

from leakscan import rules as rules_mod
from leakscan.errors import RuleError
from leakscan.incident import guides

# The 30 types of /work/shared/reference/remediation.md §D.3, plus the generic ids.
REFERENCE_TYPES = [
    "aws", "aws-session", "gcp", "google-api-key", "azure-storage", "azure-ad", "github",
    "github-app", "gitlab", "slack", "stripe", "twilio", "sendgrid", "mailgun", "openai",
    "anthropic", "npm", "pypi", "docker", "ssh", "tls", "jwt", "database", "vault", "heroku",
    "shopify", "datadog", "huggingface", "discord", "telegram",
]
GENERIC_IDS = ["password", "private-key", "jwt", "database", "generic"]


def test_every_reference_type_and_generic_id_has_its_own_guide() -> None:
    loaded = guides.builtin()
    assert len(REFERENCE_TYPES) == 30
    for gid in REFERENCE_TYPES + GENERIC_IDS:
        assert gid in loaded, gid
        assert guides.resolve(gid).id == gid


@pytest.mark.parametrize("guide", sorted(guides.builtin().values(), key=lambda g: g.id),
                         ids=lambda g: g.id)
def test_guide_is_complete(guide: guides.Guide) -> None:
    assert guide.revoke and guide.steps and guide.audit and guide.depends
    assert all(ref.startswith("https://") for ref in guide.references)
    text = " ".join((*guide.revoke, *guide.steps, *guide.audit, *guide.depends, *guide.notes))
    assert "TODO" not in text


def test_key_facts_from_the_reference_are_in_the_guides() -> None:
    g = guides.builtin()
    assert any("cannot be revoked one by one" in s for s in g["aws-session"].steps)
    assert any("before signing" in s.lower() or "BEFORE signing" in s for s in g["jwt"].steps)
    assert any("keyCompromise" in s for s in g["tls"].revoke)
    assert any("open connections" in s for s in g["database"].steps)
    assert any("up to an hour" in s for s in g["npm"].steps)


def test_every_builtin_rule_rotation_id_resolves_and_fallbacks_are_listed(
        capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest) -> None:
    rules = rules_mod.load_builtin()
    ids = sorted({r.rotation or "" for r in rules})
    for rid in ids:
        guide = guides.resolve(rid)
        assert guide.id in guides.builtin()
    falling = guides.fallbacks(ids)
    own = guides.builtin()
    for rid in falling:  # a fallback is exactly an id no guide claims
        assert all(rid != g.id and rid not in g.aliases for g in own.values())
        assert guides.resolve(rid).id == guides.GENERIC
    for rid in set(ids) - set(falling):
        assert guides.resolve(rid).id != guides.GENERIC or rid in ("generic", "")
    listed = ", ".join(falling) if request.config.getoption("verbose") > 0 else "(-v lists them)"
    with capsys.disabled():
        print(f"\nrotation ids in {len(rules)} rules: {len(ids)}; {len(falling)} fall back to the "
              f"generic guide {listed}")


@pytest.mark.parametrize(("rotation", "rule_id", "expected"), [
    ("aws", "aws-session-token", "aws-session"),
    ("aws", "aws-secret-access-key", "aws"),
    ("azure", "azure-storage-account-key", "azure-storage"),
    ("azure", "azure-ad-client-secret", "azure-ad"),
    ("azure", "azure-cosmosdb-key", "azure"),
    ("gcp", "gcp-api-key", "google-api-key"),
    ("private-key", "private-key-openssh", "ssh"),
    ("private-key", "private-key-pem", "private-key"),
])
def test_a_guide_can_claim_rules_of_a_broader_rotation_id(rotation: str, rule_id: str,
                                                          expected: str) -> None:
    assert guides.resolve(rotation, rule_id=rule_id).id == expected


def test_every_rule_claim_matches_a_builtin_rule() -> None:
    import fnmatch

    ids = [r.id for r in rules_mod.load_builtin()]
    for guide in guides.builtin().values():
        for pattern in guide.rules:
            assert fnmatch.filter(ids, pattern), f"{guide.id}: {pattern} matches no rule"


def test_unknown_id_and_missing_id_fall_back_to_generic() -> None:
    assert guides.resolve("no-such-provider").id == "generic"
    assert guides.resolve(None).id == "generic"
    assert guides.fallbacks(["aws", "no-such-provider", "dockerhub"]) == ["no-such-provider"]


def _write(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.toml").write_text(body)


GENERIC = ('id = "generic"\ntitle = "t"\ncovers = "c"\nrevoke = ["r"]\nsteps = ["s"]\n'
           'audit = ["a"]\ndepends = ["d"]\n')


@pytest.mark.parametrize(("body", "message"), [
    ('id = "x"\ntitle = "t"\ncovers = "c"\nrevoke = ["r"]\nsteps = ["s"]\naudit = ["a"]\n'
     'depends = ["d"]\ncolour = "red"\n', "unknown key"),
    ('id = "x"\ntitle = "t"\ncovers = "c"\nrevoke = []\nsteps = ["s"]\naudit = ["a"]\n'
     'depends = ["d"]\n', "'revoke' needs at least one entry"),
    ('id = "x"\ntitle = "t"\ncovers = "c"\nrevoke = ["r"]\nsteps = ["s"]\naudit = ["a"]\n'
     'depends = ["d"]\naliases = ["generic"]\n', "already used"),
    ('id = "y"\ntitle = "t"\ncovers = "c"\nrevoke = ["r"]\nsteps = ["s"]\naudit = ["a"]\n'
     'depends = ["d"]\n', "must match the file name"),
    ("id = [", "cannot load"),
])
def test_bad_guides_are_rejected_with_file_and_reason(tmp_path: Path, body: str, message: str) -> None:
    _write(tmp_path, "generic", GENERIC)
    _write(tmp_path, "x", body)
    with pytest.raises(RuleError, match=message):
        guides.load_dir(tmp_path)


def test_generic_guide_is_required(tmp_path: Path) -> None:
    _write(tmp_path, "x", GENERIC.replace('"generic"', '"x"'))
    with pytest.raises(RuleError, match="generic"):
        guides.load_dir(tmp_path)
