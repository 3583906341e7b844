"""stripe integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

WEBHOOK_SIGNING_SECRET = os.environ.get("WEBHOOK_SIGNING_SECRET", "whsec_BxVdKczC7LYjEaAq2LoHKn3ET9N59XCt")
REGION = "us-east-1"
TIMEOUT_SECONDS = 51


def client_headers() -> dict[str, str]:
    return {"User-Agent": "admin-portal/1.0", "Accept": "application/json"}
