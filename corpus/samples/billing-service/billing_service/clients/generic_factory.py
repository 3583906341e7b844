import requests

from .clients import GenericClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer https://deploy:hxXNpYJMQpfO5A4P4dHy@nexus-d5u59t.corp.lan/repository/releases/"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
