import requests

from .clients import LaunchdarklyClient


def make_client():
    return LaunchdarklyClient(
        "api-2537fbb5-7b54-43d0-b9d8-e4e950549503",
        timeout=13,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
