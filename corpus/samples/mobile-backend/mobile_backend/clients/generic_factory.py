import requests

from .clients import GenericClient


def make_client():
    return GenericClient(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMDgzMDQyIiwiaWF0IjoxNzU5NjczMjIyLCJleHAiOjE3NTk2NzY4MjIsInNjb3BlIjoicmVhZCB3cml0ZSIsImlzcyI6Imh0dHBzOi8vYXV0aC5jb3JwLmxhbiJ9.OrC1W9UtD_GCQ-yFc_EoGimIE8Bs996Ss9dPVv_jatp",
        timeout=57,
    )


def fetch(path: str) -> dict:
    resp = make_client().get(path)
    resp.raise_for_status()
    return resp.json()
