"""Settings for billing-service."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

BUILDKITE_API_TOKEN = "bkua_0b86cdc709d769f8c31f033c86ca7eb944806d6a"
REGION = "eu-west-1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "billing-service/1.0", "Accept": "application/json"}
