import requests

from .clients import AzureClient


def make_client():
    return AzureClient(
        "Endpoint=sb://billing-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=lVrs5BVvU+DAZn/yvWRIkoD+RcSHbFLXdibCDnLP5gU=",
        timeout=38,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
