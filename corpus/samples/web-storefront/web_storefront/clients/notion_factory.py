import requests

from .clients import NotionClient


def make_client():
    return NotionClient(
        "secret_TOo9gF4HMn0OLG5hLqwXLoXtJz8Tvvk5TLt4p7dvDWh",
        timeout=17,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
