"""Settings for data-pipeline."""

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

REGION = "eu-west-1"
ALLOWED_HOSTS = ["data-pipeline.internal", "localhost"]
DYNATRACE_API_TOKEN = os.environ.get("DYNATRACE_API_TOKEN", "dt0c01.NH9CXCF2ICXY1FSSW5VGOCQC.BNUJICMC45TGZXH3O80PN9UGY0EC9D9B0X165KZRJY7341EGERZMRN8IOE28AC1D")
TIMEOUT_SECONDS = 27
CACHE_TTL = 55 * 60
LOG_LEVEL = "INFO"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "data-pipeline/1.0", "Accept": "application/json"}
