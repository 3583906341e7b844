#!/usr/bin/env python3
"""Write the labelled accuracy corpus: corpus/samples/** and corpus/labels.jsonl.

Deterministic: every credential, file and path comes from random.Random seeded with SEED and
the format's name, so the corpus is reproducible byte for byte and adding a format does not
reshuffle the others. All secrets are fake (random values in the documented shape; GitHub and
npm tokens carry a valid CRC32 so checksum-aware scanners treat them as real).

labels.jsonl has one line per expected secret: file (relative to samples/), line and end_line
(1-based, inclusive; a credential with companions spans all its parts), kind, provider,
family, carrier (the language or file format), sha256 of the secret, sha256_alt (hashes of
the other parts: the full value around the secret, companions such as key ids, the decoded
form of a base64 secret) and file_level (binary credential files: any finding in the file
counts). Secrets themselves are never written to the labels.

    python corpus/generate.py            # rewrite corpus/samples and corpus/labels.jsonl
    python corpus/generate.py --check    # exit 1 if the committed corpus differs
    python corpus/generate.py --seed 7 --samples /tmp/heldout/samples --labels /tmp/heldout/labels.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from corpusgen import carriers, files, formats, negatives  # noqa: E402

SEED = 20240611
BUNDLES = 36
NEGATIVE_SCALE = 3  # instances per negative builder = its count x this
_ALT_DIRS = (
    "services/api",
    "services/worker",
    "services/web",
    "legacy",
    "tools",
    "deploy/old",
    "contrib",
    "packages/core",
)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Corpus:
    files: dict[str, bytes] = field(default_factory=dict)
    labels: list[dict[str, object]] = field(default_factory=list)
    # (label index, primary secret, written parts): for tests only, never written to disk.
    secrets: list[tuple[int, str]] = field(default_factory=list)

    def add_file(self, path: str, content: bytes) -> str:
        path = self._free(path)
        self.files[path] = content
        return path

    def _free(self, path: str) -> str:
        if path not in self.files:
            return path
        project, _, rest = path.partition("/")
        for k in range(1000):
            alt = _ALT_DIRS[k % len(_ALT_DIRS)] + ("" if k < len(_ALT_DIRS) else str(k // len(_ALT_DIRS)))
            candidate = f"{project}/{alt}/{rest}"
            if candidate not in self.files:
                return candidate
        raise RuntimeError(f"no free path for {path}")

    def label(
        self,
        path: str,
        line: int,
        end_line: int,
        kind: str,
        provider: str,
        family: str,
        carrier: str,
        secret: str,
        alts: list[str],
        file_level: bool = False,
    ) -> None:
        rec: dict[str, object] = {
            "file": path,
            "line": line,
            "end_line": end_line,
            "kind": kind,
            "provider": provider,
            "family": family,
            "carrier": carrier,
            "sha256": sha256(secret) if secret else "",
            "sha256_alt": sorted({sha256(a) for a in alts if a and a != secret}),
        }
        if file_level:
            rec["file_level"] = True
        self.secrets.append((len(self.labels), secret))
        self.labels.append(rec)


def _topic(provider: str) -> str:
    return (
        "".join(c if c.isalnum() else "-" for c in provider.lower()).strip("-").replace("--", "-")
        or "service"
    )


def _items(fmt: formats.Fmt, cred: formats.Cred, r: random.Random) -> list[tuple[str, str]]:
    items = [
        (r.choice(names), comp) for names, comp in zip(fmt.companion_names, cred.companions, strict=True)
    ]
    return [*items, (r.choice(fmt.names), cred.value)]


def _emit(
    corpus: Corpus, carrier: str, ctx: carriers.Ctx, creds: list[tuple[formats.Fmt, formats.Cred]]
) -> None:
    items: list[tuple[str, str]] = []
    groups: list[tuple[int, int]] = []
    for fmt, cred in creds:
        its = _items(fmt, cred, ctx.r)
        groups.append((len(items), len(items) + len(its)))
        items += its
    render = carriers.CARRIERS.get(carrier) or carriers.EXTRA_CARRIERS[carrier]
    path, doc, spans = render(ctx, items)
    path = corpus.add_file(path, doc.text().encode())
    for (fmt, cred), (a, b) in zip(creds, groups, strict=True):
        part = spans[a:b] if carrier != "pem-file" else spans
        corpus.label(
            path,
            min(s for s, _ in part),
            max(e for _, e in part),
            fmt.kind,
            fmt.provider,
            fmt.family,
            carrier,
            cred.primary,
            [cred.value, *cred.companions],
        )


def _positives(corpus: Corpus, seed: int, extra: bool = False) -> None:
    for fmt in formats.FORMATS:
        r = random.Random(f"{seed}:{fmt.kind}")
        pool = list(carriers.MULTI_LINE if fmt.multiline else carriers.SINGLE_LINE)
        if extra and not fmt.multiline:
            pool += list(carriers.EXTRA_CARRIERS)
        r.shuffle(pool)
        for i in range(fmt.count):
            carrier = pool[i % len(pool)]
            cred = fmt.make(r)
            if carrier == "pem-file" and cred.companions:
                carrier = "yaml"
            ctx = carriers.Ctx(r, r.choice(carriers.PROJECTS), _topic(fmt.provider))
            _emit(corpus, carrier, ctx, [(fmt, cred)])


def _bundles(corpus: Corpus, seed: int) -> None:
    """Several credentials in one file, as in real .env and settings files."""
    single = [f for f in formats.FORMATS if not f.multiline]
    for i in range(BUNDLES):
        r = random.Random(f"{seed}:bundle:{i}")
        carrier = r.choice(
            ("env", "env", "env", "yaml", "json", "toml", "python", "ini", "javascript", "terraform")
        )
        chosen = r.sample(single, r.randint(3, 6))
        ctx = carriers.Ctx(r, r.choice(carriers.PROJECTS), "app")
        _emit(corpus, carrier, ctx, [(f, f.make(r)) for f in chosen])


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _whole_files(corpus: Corpus, seed: int) -> None:
    for name, (builder, count) in files.BUILDERS.items():
        r = random.Random(f"{seed}:file:{name}")
        for _ in range(count):
            built = builder(r, r.choice(carriers.PROJECTS))
            path = corpus.add_file(built.path, built.content)
            text = built.content.decode("latin-1")
            for e in built.entries:
                if e.file_level:
                    corpus.label(
                        path,
                        1,
                        max(text.count("\n"), 1),
                        e.kind,
                        e.provider,
                        e.family,
                        name,
                        "",
                        [],
                        file_level=True,
                    )
                    continue
                lines = []
                for part in (e.written, *e.companions):
                    pos = text.index(part)
                    lines += [_line_of(text, pos), _line_of(text, pos + len(part) - 1)]
                corpus.label(
                    path,
                    min(lines),
                    max(lines),
                    e.kind,
                    e.provider,
                    e.family,
                    name,
                    e.written,
                    [e.secret, *e.companions],
                )


def _negatives(corpus: Corpus, seed: int) -> None:
    for name, (builder, count) in negatives.NEGATIVES.items():
        r = random.Random(f"{seed}:negative:{name}")
        for _ in range(count * NEGATIVE_SCALE):
            path, text = builder(r, r.choice(carriers.PROJECTS))
            corpus.add_file(path, text.encode())


def build(seed: int = SEED, extra_carriers: bool = False) -> Corpus:
    """The corpus for ``seed``; the committed one uses SEED. Another seed gives a held-out corpus:
    the same formats and carriers with other values, names, carriers per format and paths."""
    corpus = Corpus()
    _positives(corpus, seed, extra_carriers)
    _bundles(corpus, seed)
    _whole_files(corpus, seed)
    _negatives(corpus, seed)
    return corpus


def labels_text(corpus: Corpus) -> str:
    order = sorted(
        range(len(corpus.labels)),
        key=lambda i: (corpus.labels[i]["file"], corpus.labels[i]["line"], corpus.labels[i]["kind"]),
    )
    return "".join(json.dumps(corpus.labels[i], sort_keys=True) + "\n" for i in order)


def write(corpus: Corpus, samples: Path, labels: Path) -> None:
    if samples.exists():
        shutil.rmtree(samples)
    for rel, content in sorted(corpus.files.items()):
        dest = samples / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(content)
    labels.write_text(labels_text(corpus), encoding="utf-8")


def differences(corpus: Corpus, samples: Path, labels: Path) -> list[str]:
    """What differs between a freshly built corpus and the files on disk."""
    out = []
    on_disk = (
        {p.relative_to(samples).as_posix() for p in samples.rglob("*") if p.is_file()}
        if samples.exists()
        else set()
    )
    out += [f"missing {p}" for p in sorted(set(corpus.files) - on_disk)]
    out += [f"unexpected {p}" for p in sorted(on_disk - set(corpus.files))]
    out += [
        f"differs {p}"
        for p in sorted(set(corpus.files) & on_disk)
        if (samples / p).read_bytes() != corpus.files[p]
    ]
    if not labels.exists() or labels.read_text(encoding="utf-8") != labels_text(corpus):
        out.append(f"differs {labels.name}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=HERE / "samples")
    ap.add_argument("--labels", type=Path, default=HERE / "labels.jsonl")
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk; exit 1 if they differ"
    )
    ap.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="another seed writes a held-out corpus (give --samples/--labels outside corpus/)",
    )
    ap.add_argument(
        "--extra-carriers",
        action="store_true",
        help="held-out corpus only: also write into languages the committed corpus never uses",
    )
    args = ap.parse_args(argv)
    corpus = build(args.seed, args.extra_carriers)
    if args.check:
        diff = differences(corpus, args.samples, args.labels)
        for line in diff[:50]:
            print(line)
        print(
            "corpus is up to date"
            if not diff
            else f"{len(diff)} difference(s): run python corpus/generate.py"
        )
        return 1 if diff else 0
    write(corpus, args.samples, args.labels)
    size = sum(len(c) for c in corpus.files.values())
    positive_files = len({lab["file"] for lab in corpus.labels})
    print(
        f"{len(corpus.files)} files ({positive_files} with secrets), {len(corpus.labels)} labels, "
        f"{len({lab['kind'] for lab in corpus.labels})} kinds, {size / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
