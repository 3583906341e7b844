"""What a text history scan cannot see, and --replace-text cannot fix: binary blobs and messages.

git-filter-repo skips any blob with a NUL in its first 8 KiB, so a secret there survives
--replace-text and the whole path must go (--invert-paths). Commit and tag messages need
--replace-message. The sweep reads every reachable object once: binary blobs and
commit/tag objects go through the engine (secrets found nowhere else) and through an exact
literal search for the secrets the history scan already found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..engine import Engine, is_binary
from . import gitcmd, objects
from .model import Introduced


@dataclass(slots=True)
class Sighting:
    """A secret (rule, literal) seen in binary blobs or messages."""

    rule_id: str
    secret: bytes
    companion_rule: str = ""
    companion: bytes = b""
    binary_blobs: set[str] = field(default_factory=set)
    messages: set[str] = field(default_factory=set)


@dataclass(slots=True)
class SweepResult:
    sightings: dict[bytes, Sighting] = field(default_factory=dict)
    blob_paths: dict[str, str] = field(default_factory=dict)  # reachable blob -> first path
    skipped_large: int = 0


def sweep(repo: Path, engine: Engine, known: dict[bytes, str], max_size: int,
          keep_generic_binary: bool = False) -> SweepResult:
    """`known` maps literals already planned to their rule id."""
    reachable = objects.rev_list_objects(repo, "--all")
    result = SweepResult()
    literal_list = list(known)
    literals = objects.LiteralSet(literal_list)
    rules = {r.id: r for r in engine.rules}

    def see(rule_id: str, secret: bytes, oid: str, kind: str, companion: bytes = b"") -> None:
        s = result.sightings.get(secret)
        if s is None:
            rule = rules.get(rule_id)
            s = result.sightings[secret] = Sighting(
                rule_id, secret, (rule.pair or "") if rule and companion else "", companion)
        (s.binary_blobs if kind == "blob" else s.messages).add(oid)

    for oid, kind, data in objects.iter_objects(repo):
        if oid not in reachable:
            continue
        if kind == "blob":
            if not objects.filter_repo_skips(data):
                continue
            if len(data) > max_size:
                result.skipped_large += 1
                continue
            result.blob_paths[oid] = reachable[oid]
        # Generic keyword rules over binary bytes are noise: never delete a file on them (UTF-16
        # text is not binary, so its generic findings count).
        drop_generic = kind == "blob" and not keep_generic_binary and is_binary(data)
        for m in engine.scan(data, reachable[oid].encode("utf-8", "surrogateescape")):
            if drop_generic and rules[m.rule_id].generic:
                continue
            see(m.rule_id, m.secret, oid, kind, m.companion)
        for i in literals.find(data):
            see(known[literal_list[i]], literal_list[i], oid, kind)
    result.blob_paths = {oid: p for oid, p in result.blob_paths.items()
                         if any(oid in s.binary_blobs for s in result.sightings.values())}
    return result


def blob_history(repo: Path, blobs: Iterable[str]) -> dict[str, tuple[set[str], Introduced | None]]:
    """Every path each blob appeared at, and the oldest commit that added it.

    One `git log --all --raw` walk, oldest first; only run when a binary blob holds a secret.
    """
    wanted = set(blobs)
    out: dict[str, tuple[set[str], Introduced | None]] = {b: (set(), None) for b in wanted}
    if not wanted:
        return out
    raw = gitcmd.run(["log", "--all", "--reverse", "--raw", "--no-abbrev", "--no-renames", "-z",
                      "--format=%x01%H%x00%cI%x00%an%x00%ae%x00%s"], repo)
    for chunk in raw.split(b"\x01")[1:]:
        fields = chunk.split(b"\0")
        commit, date, name, email, summary = (f.decode("utf-8", "replace") for f in fields[:5])
        rest = fields[5:]
        for header, path in zip(rest[::2], rest[1::2], strict=False):
            parts = header.strip().split()
            if len(parts) < 5 or parts[3].decode() not in wanted:
                continue
            oid = parts[3].decode()
            paths, intro = out[oid]
            text_path = path.decode("utf-8", "surrogateescape")
            paths.add(text_path)
            if intro is None:
                out[oid] = (paths, Introduced(commit, date, name, email, summary, text_path, 0))
    return out
