import requests

from .clients import AnthropicClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer sk-ant-admin01-7ByTpUUZOEpSxqNF73MtsF6_4XyxmCtKImlrKG-PDgRvKEQzWVgpk6whn3xHProQpsDZFxosGvzBbhjbErco7nNPkHH0XAA"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
