import requests

from .clients import AlgoliaClient


def make_client():
    return AlgoliaClient(
        "4LKUE1ZZGH",
        "f7da40b1ba38632c8fa9712b22b2c0e8",
        timeout=35,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
