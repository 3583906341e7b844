import requests

from .clients import GitlabClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer gldt-5FDkzvWGSro0l2pYqpnG"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
