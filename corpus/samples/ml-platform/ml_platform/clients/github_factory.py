import requests

from .clients import GithubClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer ghs_kJ7c3jwy04VzdDJalGoOYI02LBOkWs13P8RN"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
