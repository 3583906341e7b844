"""After a verified rewrite: the exact commands for the push, the forge, colleagues, local purge.

Sources: GitHub "Removing sensitive data from a repository", git-filter-repo's manual
("Sensitive Data Removals"), GitLab repository docs, and the experiment in remediation.md
(§A, §B.5: reflogs and refs/stash keep old objects; only gc --prune=now removes them).
leakscan prints these; it never runs them.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from .model import Plan
from .state import State


def push_commands(plan: Plan, mirror: str) -> list[str]:
    url = plan.repo.origin_url or "SERVER_URL"
    q = shlex.quote
    if plan.repo.mirror or plan.repo.bare:
        return [f"git -C {q(mirror)} push --force --mirror {q(url)}"]
    # A working clone's mirror holds its local branches (filter-repo migrated the
    # origin/* remote-tracking refs into them); --mirror would also delete server refs it
    # never had, so push branches and tags explicitly.
    return [f"git -C {q(mirror)} push --force {q(url)} 'refs/heads/*:refs/heads/*' "
            "'refs/tags/*:refs/tags/*'"]


def _prs(st: State) -> int:
    return sum(1 for r in st.rewrite.changed_refs if r.startswith("refs/pull/") and r.endswith("/head"))


def render(plan: Plan, st: State, plan_dir: Path, filter_output: list[str]) -> str:
    q = shlex.quote
    mirror = st.rewrite.mirror
    firsts = [pair[0] for pair in st.rewrite.first_changed]
    first = firsts[0] if firsts else "FIRST_CHANGED_COMMIT"
    lfs = any("LFS Objects Orphaned" in line for line in filter_output)
    repo = plan.repo.path
    out = [
        "# Next steps (leakscan printed these; it ran none of them)", "",
        f"The rewritten mirror `{mirror}` was rescanned object by object and holds none of the "
        f"{len(plan.secrets)} planned secret(s). Your repository `{repo}` was not changed.", "",
        "## 1. Freeze pushes, then inspect the mirror", "",
        "Ask everyone to stop pushing. Look at the result before it leaves your machine:", "",
        "```sh",
        f"git -C {q(mirror)} log --all --oneline --name-status | less",
        f"leakscan incident verify {q(str(plan_dir))}",
        "```", "",
        "## 2. Force-push every rewritten ref", "",
        "Lift branch protection on the server for the duration (pushes to protected refs fail).", "",
        "```sh", *push_commands(plan, mirror), "```", "",
    ]
    if not (plan.repo.mirror or plan.repo.bare):
        out += ["The plan was made from a working clone: branches that exist only on the server "
                "were not rewritten. For a complete rewrite, plan again from "
                "`git clone --mirror URL`.", ""]
    out += [
        f"Changed refs: {len(st.rewrite.changed_refs)} (`{mirror}/filter-repo/changed-refs`). "
        f"First changed commit(s) (original ids): {', '.join(firsts) or 'none'}.", "",
        "## 3. Forge clean-up (the server still stores the old objects after the push)", "",
        "GitHub:",
        f"- Pushes to `refs/pull/*` are rejected (read-only); that is expected. Affected pull "
        f"requests: {_prs(st)} (`grep -c '^refs/pull/.*/head$' {mirror}/filter-repo/changed-refs`).",
        "- Contact GitHub Support (https://support.github.com/) with: owner/repo, the number of "
        f"affected pull requests ({_prs(st)}), the first changed commit(s) above"
        + (", and the orphaned LFS objects file" if lfs else "") + ". Support dereferences the "
        "pull requests, runs a garbage collection and removes cached views.",
        "- Forks keep the data; coordinate with the fork owners (GitHub cannot give you their "
        "contacts).", "",
        "GitLab (Owner role, 17.9+):",
        f"- Settings → Repository → Repository maintenance → Remove blobs: paste the ids from "
        f"`{plan_dir}/blobs.txt`; or Redact text with each old (revoked) secret value.",
        "- Then Settings → General → Advanced → Run housekeeping, wait at least 30 minutes, then "
        "Prune unreachable objects. Forks share object pools: contact GitLab Support.", "",
        "Self-hosted bare repository:",
        "```sh", "git -C /path/to/server.git gc --prune=now",
        f"git -C /path/to/server.git cat-file -t {first}   # must fail", "```",
        f"Install `{plan_dir}/pre-receive` as the server's pre-receive hook: it rejects pushes that "
        "bring the first changed commit(s) back (a stale clone's `git pull && git push` would).", "",
        "## 4. Collaborators", "",
        "Everyone re-clones (easiest). Branches built on the old history must be rebased onto "
        "the new one, never merged; nobody re-runs filter-repo (it can produce different ids). "
        "Otherwise, in each clone:", "",
        "```sh",
        "git tag -l | xargs -r git tag -d",
        "git fetch --prune --tags origin",
        "# rebase each of your branches onto its rewritten origin/ branch, then:",
        "git reflog expire --expire=now --all",
        "git stash clear",
        "git gc --prune=now",
        f"git cat-file -t {first}   # must fail: 'could not get object info'",
        f"leakscan incident verify {q(str(plan_dir))} --clone .",
        "```", "",
        "## 5. Your own repository", "",
        f"`{repo}` still holds the old history. Move it aside and re-clone after the push, or "
        "purge it with the commands of section 4, then verify it:", "",
        "```sh", f"leakscan incident verify {q(str(plan_dir))} --clone {q(repo)}", "```", "",
        f"`{st.rewrite.bundle}` is the unredacted backup of the original: keep it offline until "
        f"the push is verified, then delete it (`shred -u {q(st.rewrite.bundle)}`).", "",
        "## 6. Prevent repeats", "",
        "- Add the removed paths to `.gitignore`: " + (", ".join(plan.remove_paths) or "none"),
        "- `leakscan hook install` (pre-commit) and push protection on the forge.",
        "- Keep secrets in a secret manager, not in the repository.", "",
    ]
    return "\n".join(out)


def pre_receive(st: State) -> str:
    banned = " ".join(pair[0] for pair in st.rewrite.first_changed)
    return f"""#!/bin/sh
# pre-receive hook written by leakscan incident rewrite: reject pushes that bring back
# history purged by the rewrite (a stale clone's `git pull && git push`). Pushed objects
# are readable here (quarantine), so cat-file finds a banned commit only if it is pushed.
banned="{banned}"
zero=0000000000000000000000000000000000000000
while read -r old new ref; do
  [ "$new" = "$zero" ] && continue
  for b in $banned; do
    if git cat-file -e "$b^{{commit}}" 2>/dev/null && git merge-base --is-ancestor "$b" "$new" 2>/dev/null
    then
      echo "rejected $ref: it contains purged commit $b; re-clone instead of pushing old history" >&2
      exit 1
    fi
  done
done
exit 0
"""
