import requests

from .clients import HoneycombClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer hcaik_01gf65h3f9j3ph2ew78m33cu01bve82e1u368lldciylb5ecrlir49k9li"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
