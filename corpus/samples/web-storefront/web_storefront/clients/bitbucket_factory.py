import requests

from .clients import BitbucketClient


def make_client():
    return BitbucketClient(
        "ATBBdgDBtUIoFtZJRUnHdNSk5pqAnuWQ21229286",
        timeout=23,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
