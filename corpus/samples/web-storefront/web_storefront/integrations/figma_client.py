"""Settings for web-storefront."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "ap-southeast-2"
LOG_LEVEL = "INFO"
FIGMA_TOKEN = "figd_XLGJG3_7yvXMkk-LCFacHvi4sMjmnrbKGkWro48U"
ALLOWED_HOSTS = ["web-storefront.internal", "localhost"]
CACHE_TTL = 42 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "web-storefront/1.0", "Accept": "application/json"}
