import requests

from .clients import AzureClient


def make_client():
    return AzureClient(
        "ab5a6986-0dab-4722-a833-e35d99b1d9b6",
        "AyC4Q~hpBWBwhuflyLD6oB-Ri6dqmRrnFO61Gdjy",
        timeout=25,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
