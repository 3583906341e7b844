import requests

from .clients import GithubClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer 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"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
