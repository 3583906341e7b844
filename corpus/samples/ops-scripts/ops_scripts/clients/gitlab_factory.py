import requests

from .clients import GitlabClient


def make_client():
    return GitlabClient(
        "gloas-271a8df5454d99ab0e72d617c5cd645a966ace7c13f883459b10371fc8de4344",
        timeout=9,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
