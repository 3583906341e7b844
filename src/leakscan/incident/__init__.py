"""Incident response: rotation guides, a reviewable rewrite plan, a safe executor, verification.

Modules, one concern each: guides (rotation checklists as data), gitcmd (read-only git
plumbing with a clean environment), objects (every object of a repository, literal search),
model (the plan as records), sweep (binary blobs and messages the history scan skips),
plan (build and write the plan directory), filterfiles (git-filter-repo input files),
render (PLAN.md and next steps), state (progress), rewrite (the executor), verify.
"""
