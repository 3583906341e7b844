import requests

from .clients import AzureClient


def make_client():
    session = requests.Session()
    session.headers["Authorization"] = "Bearer https://dlwbjuqyeo.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-05-16T02:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=mqXpNGTslF1MOK1kqyURMhBrdQrSoXvBDGHLKifXL9U%3D"
    return session


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
