import requests

from .clients import GitlabClient


def make_client():
    return GitlabClient(
        "glrt-NZRRWshzJZzVF-aJfvLX",
        timeout=46,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
