"""Settings for ops-scripts."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

AZURE_DEVOPS_PAT = "Htftg2IXmMEEncjLj3MCNxA5k0GlvGLbjWjRcQtGOnlAXCVXhdRHtEoIaeOO9rkamMybsnYqvsMxAZDOh13O"
REQUEST_ID_HEADER = "X-Request-Id"
CACHE_TTL = 10 * 60


def client_headers() -> dict[str, str]:
    return {"User-Agent": "ops-scripts/1.0", "Accept": "application/json"}
