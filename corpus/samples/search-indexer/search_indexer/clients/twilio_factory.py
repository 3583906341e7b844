import requests

from .clients import TwilioClient


def make_client():
    return TwilioClient(
        "AC9268cbed232f944dabdd2b8b0d23a47c",
        "db426ac96d8ae9620bc86fe6f248afd2",
        timeout=28,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
