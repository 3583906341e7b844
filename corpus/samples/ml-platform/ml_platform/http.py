import requests

from .clients import JfrogClient


def make_client():
    return JfrogClient(
        "AKCpKGdCcpFMA2pq3n15orOvIgxSdmT88Js2sFVNG95YukuMfyUzqmsJ4wix4kg3fiH07ReiO",
        timeout=24,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
