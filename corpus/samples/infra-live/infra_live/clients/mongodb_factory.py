import requests

from .clients import MongodbClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer mongodb+srv://svc-api:thZ9VMskzWW~EP0jvsk8oX-l7TH@cluster0.224c28.mongodb.net/prod?retryWrites=true&w=majority"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
