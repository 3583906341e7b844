"""Settings for web-storefront."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

SETTINGS = {
    "slack_webhook_url": "https://hooks.slack.com/services/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",
"region": "eu-west-1",
"timeout": 53,
}



def client_headers() -> dict[str, str]:
    return {"User-Agent": "web-storefront/1.0", "Accept": "application/json"}
