import requests

from .clients import AzureClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer dca1528c819436853be7b777cab743d3"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
