import requests

from .clients import DiscordClient


def make_client():
    return DiscordClient(
        "https://discord.com/api/webhooks/7049392136038648452/XeDU6tyqIKIpTPNh3QOzfgxselp9dZRg8l9SJTsCmPy2XcFI4hCVDXPMtDkRniM5rcni",
        timeout=23,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
