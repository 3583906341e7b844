import requests

from .clients import GenericClient


def make_client():
    return GenericClient(
        "Meadow!Lantern3843",
        timeout=22,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
