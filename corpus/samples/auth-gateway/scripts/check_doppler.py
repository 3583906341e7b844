import requests

from .clients import DopplerClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer dp.pt.Sdo9Af02HnhPdZDqZktXlPuZ73WC1u8IjcTOh9Nkb8x"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
