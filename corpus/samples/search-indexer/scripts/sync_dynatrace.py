"""dynatrace integration."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG", "0") == "1"
CACHE_TTL = 40 * 60
DT_API_TOKEN = os.environ.get("DT_API_TOKEN", "dt0c01.BREI3QRTR4CBLQ0OSC8DMIYN.C7AMLSOGX3SI8T7972MIVORKMBG16CI9HWJQ5OBKN1HK31GHUYXTUVEB8U89HT32")
API_BASE = "https://api.dynatrace.com/v1"
REQUEST_ID_HEADER = "X-Request-Id"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "search-indexer/1.0", "Accept": "application/json"}
