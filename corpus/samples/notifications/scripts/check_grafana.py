import requests

from .clients import GrafanaClient


def make_client():
    return GrafanaClient(
        "glsa_YOpSzG3fnWByFZEYEQ1zQrk0krSEffGc_97696f9e",
        timeout=5,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
