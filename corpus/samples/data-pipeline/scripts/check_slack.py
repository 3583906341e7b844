import requests

from .clients import SlackClient


def make_client():
    return SlackClient(
        "xoxb-3013339916662-81833296762-PQSjX1bkTFAvtC1iQkvF3uYB",
        timeout=50,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
