import requests

from .clients import RubyOnRailsClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer e3fc0306393d44e0cc19867e523496f59193fa4f396d6ab38e34050438628a76b6f5bf14ea2ade517da6b0ff0f72ad9194c9d3a9495422feffe8e20b2dd874a7"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
