import requests

from .clients import AzureClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer AccountEndpoint=https://nfcucifax.documents.azure.com:443/;AccountKey=Df5f5Bk144ATlIdeo/d0kloWL5RE1rw6JtG7em8sEqwgFffdd3XpruUCAzm+7VDMPMYVwizO8DGqfPvKeaL8OQ==;"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
