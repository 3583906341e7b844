"""pinecone integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

ALLOWED_HOSTS = ["mobile-backend.internal", "localhost"]
PINECONE_API_KEY = os.environ.get("PINECONE_API_KEY", "pcsk_YtwbcN_9HdNlsj4i88kRxhEIysQYDGFZAUcez3jPzZuLiieZhuJscISEzAT8rCIxE8mgI8")
API_BASE = "https://api.pinecone.com/v1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "mobile-backend/1.0", "Accept": "application/json"}
