import requests

from .clients import RabbitmqClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer amqps://worker:Vpu.BTi08v0bobIiyRgiX@mq-nc4ayq.internal:5671/%2f"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
