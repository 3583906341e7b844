import requests

from .clients import CloudflareClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer TF0rMLQxBo4oHLHF562N0CzrQtB1zqTfC235NIsB"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
