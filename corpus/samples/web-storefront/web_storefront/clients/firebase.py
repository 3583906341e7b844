# -*- coding: utf-8 -*-

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent.parent

MAX_RETRIES = 40
REQUEST_ID_HEADER = "X-Request-Id"
FCM_SERVER_KEY = "AAAAKicWoqs:APA91bO-jde64NWmGygeXvZ5KWOFVOVq_qHxKQv_PBk3RPbxneZWGkGPVm8z7nGDND7E6CnCfIxkmiujZrfsbbOdcHeDZSUVtWyJ7DgVBucYhzKiyj_fE0BmXyx5rPAB60Ke3Re3etXe"
TIMEOUT_SECONDS = 18
REGION = "ap-southeast-2"
DEBUG = os.environ.get("DEBUG", "0") == "1"


def client_headers() -> dict[str, str]:
    return {"User-Agent": "web-storefront/1.0", "Accept": "application/json"}
