"""PLAN.md and the status text: what leaked, rotation first, then the rewrite. No literals here."""

from __future__ import annotations

from . import guides as guides_mod
from .model import Plan, PlannedSecret
from .state import SecretState, State

SHORT = 8  # literals shorter than this replace unrelated text too: flag them for review
_SEV = ("critical", "high", "medium", "low", "info")


def _intro(s: PlannedSecret) -> str:
    i = s.introduced
    if i is None:
        return "unknown"
    who = f" by {i.author} <{i.email}>" if i.author else ""
    where = f" in `{i.path}`" + (f" line {i.line}" if i.line else "") if i.path else ""
    return f"commit {i.commit[:12]} on {i.date}{who}: \"{i.summary}\"{where}"


def _yn(v: bool | None) -> str:
    return "unknown" if v is None else ("yes" if v else "no")


def _list(items: tuple[str, ...] | list[str], limit: int = 12, code: bool = True) -> str:
    shown = [f"`{x}`" if code else x for x in items[:limit]]
    more = f" … and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(shown) + more if shown else "none"


def secret_block(n: int, s: PlannedSecret) -> list[str]:
    out = [f"### {n}. {s.rule_name} `{s.fingerprint}`", "",
           f"- Secret: `{s.redacted}` (rule `{s.rule_id}`, provider {s.provider or 'unknown'}, "
           f"severity {s.severity})"]
    if s.companion_rule:
        out.append(f"- Paired with a `{s.companion_rule}` value (also replaced; it names the account)")
    out += [
        f"- Introduced: {_intro(s)}",
        f"- Exposure window: from {s.introduced.date if s.introduced else 'the first push'} "
        "(the first commit; the first push may be later) until you revoke it",
    ]
    if s.paths:
        head = f"- Still in HEAD: {_yn(s.in_head)}"
        if s.in_worktree is not None:
            head += f"; in the working tree: {_yn(s.in_worktree)}"
        if s.removed:
            head += f"; removed from its last path by commit {s.removed[:12]}"
        out += [head, f"- Refs that reach it: {_list(s.refs)}",
                f"- Seen at {s.locations} location(s) in {len(s.paths)} path(s): {_list(s.paths)}"]
    else:
        out += [f"- Refs that reach it: {_list(s.refs)}", "- Only in commit or tag messages"]
    if s.binary_blobs:
        out.append(f"- In {len(s.binary_blobs)} binary blob(s) that --replace-text skips: "
                   f"{_list([b[:12] for b in s.binary_blobs])}")
    if s.messages:
        out.append(f"- In {len(s.messages)} commit/tag message(s): "
                   f"{_list([m[:12] for m in s.messages])} (--replace-message)")
    if s.remove_paths:
        out.append(f"- Whole files removed from every commit: {_list(s.remove_paths)}")
    if s.length < SHORT:
        out.append(f"- WARNING: only {s.length} characters long: replacing it everywhere may "
                   "change unrelated text. Review before executing.")
    return [*out, ""]


def guide_block(s: PlannedSecret, plan_dir: str) -> list[str]:
    g = guides_mod.resolve(s.rotation, rule_id=s.rule_id)
    fallback = g.id == guides_mod.GENERIC and s.rotation != guides_mod.GENERIC
    revoke = list(g.revoke)
    title = g.title
    if fallback:  # the provider is known even without a guide of its own: say so, and where to start
        who = s.provider if s.provider and s.provider != "Generic" else ""
        title = f"{who} (no guide for `{s.rotation}`: generic checklist)" if who else (
            f"{g.title} (no guide for `{s.rotation}`)")
        if who:
            docs = f"; its token documentation: <{s.references[0]}>" if s.references else ""
            revoke.insert(0, f"{who}: the console, API or CLI where its keys and tokens are "
                             f"managed{docs}")
    out = [f"### `{s.fingerprint[:12]}` {s.rule_name}: {title}", "", f"{g.covers}", "",
           "Where to revoke:", *[f"- {x}" for x in revoke], "", "Steps:",
           *[f"{i}. {x}" for i, x in enumerate(g.steps, 1)], "",
           "Was it used during the exposure window?", *[f"- {x}" for x in g.audit], "",
           "What else depends on it:", *[f"- {x}" for x in g.depends], ""]
    if g.notes:
        out += ["Notes:", *[f"- {x}" for x in g.notes], ""]
    refs = [*g.references, *(r for r in s.references if r not in g.references)]
    if refs:
        out += ["References:", *[f"- <{x}>" for x in refs], ""]
    out += ["When done: `leakscan incident rotate " + plan_dir + f" {s.fingerprint[:12]} --done "
            "--note \"what you did\"` (or `--waive --note \"why no rotation is needed\"`)", ""]
    return out


def plan_md(plan: Plan, plan_dir: str, commands: list[str], warnings: list[str]) -> str:
    counts = {sev: sum(1 for s in plan.secrets if s.severity == sev) for sev in _SEV}
    kind = "mirror clone" if plan.repo.mirror else ("bare repository" if plan.repo.bare
                                                    else "working clone")
    out = [
        f"# Incident plan for `{plan.repo.path}`", "",
        f"Created {plan.created} by leakscan {plan.version}. Nothing has been changed yet: "
        "read this file, then rotate, then rewrite.", "",
        f"- Repository: `{plan.repo.path}` ({kind})"
        + (f", origin `{plan.repo.origin_url}`" if plan.repo.origin_url else ", no origin remote"),
        f"- Secrets: {len(plan.secrets)} ("
        + ", ".join(f"{n} {sev}" for sev, n in counts.items() if n) + ")",
        f"- Refs at planning time: {len(plan.repo.refs)}; the rewrite refuses to run if they change",
        "",
    ]
    if warnings:
        out += ["## Warnings", "", *[f"- {w}" for w in warnings], ""]
    out += ["## 1. What leaked", ""]
    for n, s in enumerate(plan.secrets, 1):
        out += secret_block(n, s)
    out += ["## 2. Rotate first", "",
            "Revoking or rotating is what stops the damage; a history rewrite only limits who can "
            "still find the old value (GitHub and git-filter-repo both say: rotate first, and "
            "rotation alone may be enough). `leakscan incident rewrite --execute` refuses until "
            "every secret is marked rotated or waived with a reason. Treat each secret as "
            "compromised even after the rewrite if the repository was ever public.", ""]
    for s in plan.secrets:
        out += guide_block(s, plan_dir)
    n_lit = sum(2 if s.companion_rule else 1 for s in plan.secrets)
    out += [
        "## 3. The rewrite (after rotation)", "",
        "Files in this directory:",
        f"- `expressions.txt` (mode 0600): about {n_lit} line(s), each secret literal to "
        "`***REMOVED-<rule>***`. It is the only file here that holds the secrets; it is deleted "
        "after a verified rewrite. Used for --replace-text and --replace-message.",
        f"- `paths.txt`: {len(plan.remove_paths)} path(s) deleted from every commit "
        "(--invert-paths): " + _list(plan.remove_paths),
        "- `blobs.txt`: ids of the original blobs that carried a secret (GitLab \"Remove blobs\")",
        "- `plan.json` (this plan for machines), `state.json` (progress), `commands.sh` (the "
        "commands below)",
        "",
        "What changes:",
        "- every occurrence of each secret in every text file of every commit on every ref, and "
        "in commit and tag messages, becomes its marker;",
        "- the paths above are removed from every commit, including the current tip (keep what "
        "you need from them somewhere safe, outside git);",
        "- commit ids change from the first changed commit on; signatures of rewritten commits "
        "are lost; diffs of closed pull requests break; everyone must re-clone.",
        "",
        "Commands `leakscan incident rewrite DIR --execute` runs (the dry run prints them too):",
        "", "```sh", *commands, "```", "",
        "It never pushes, never touches a remote and never changes the repository above: it "
        "works on a fresh mirror clone inside this directory, then rescans every object of the "
        "result and fails if anything planned is left. It then prints the push and forge steps.",
        "",
    ]
    return "\n".join(out)


def status_lines(plan: Plan, state: State, plan_dir: str) -> list[str]:
    out = [f"Incident plan {plan_dir} for {plan.repo.path} ({len(plan.secrets)} secret(s))", "",
           "1. Rotate (before the rewrite):"]
    for s in plan.secrets:
        st = state.secrets.get(s.fingerprint, SecretState())
        mark = {"pending": "[ ]", "rotated": "[x]", "waived": "[~]"}[st.status]
        when = f" {st.at}" if st.at else ""
        note = f": {st.note}" if st.note else ""
        guide = guides_mod.resolve(s.rotation, rule_id=s.rule_id).id
        window = f"exposed {s.introduced.date if s.introduced else '?'} → {st.at or 'now'}"
        out.append(f"   {mark} {s.fingerprint[:12]} {s.rule_id} {s.redacted} "
                   f"(guide {guide}; {window}) {st.status}{when}{note}")
    pending = state.pending(plan)
    rw = state.rewrite
    out += ["", "2. Rewrite on a mirror clone:"]
    if rw.executed_at:
        out.append(f"   [x] executed {rw.executed_at}: {rw.mirror} "
                   f"({'verified clean' if rw.clean else 'NOT clean'})")
    else:
        out.append("   [ ] not run yet")
    out += ["", "3. Verify clones:"]
    for v in state.verifications[-8:]:
        out.append(f"   {'[x]' if v.get('clean') else '[!]'} {v.get('at')} {v.get('target')}: "
                   f"{v.get('summary', '')}")
    if not state.verifications:
        out.append("   [ ] none yet")
    out += ["", "Next:"]
    if pending:
        out.append(f"   rotate {len(pending)} secret(s) (PLAN.md section 2), then "
                   f"`leakscan incident rotate {plan_dir} FINGERPRINT --done --note ...`")
    elif not rw.executed_at or not rw.clean:
        out.append(f"   review PLAN.md section 3, then `leakscan incident rewrite {plan_dir} --execute`")
    else:
        out.append(f"   follow {plan_dir}/NEXT-STEPS.md: push, forge clean-up, collaborators, "
                   f"then `leakscan incident verify {plan_dir} --clone PATH` on each clone")
    return out
