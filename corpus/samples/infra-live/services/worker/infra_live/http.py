import requests

from .clients import ContentfulClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer CFPAT-RxrZ0C8hCXdh_ZUieDXHauB4GI2rAe06bYZmdeEO3fA"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
