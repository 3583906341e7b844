"""Django settings for reporting (production)."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "&def-g7_hxt^g8kkv+fmed+1mqu4xfvui!14!w_t=mt0=mh%@r"

DEBUG = False
ALLOWED_HOSTS = ["reporting.corp.lan"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "USER": "django",
        "PASSWORD": "xVSzsLVVeQFP~VwuKE-bKVKl_sMC",
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.corp.lan"
EMAIL_HOST_PASSWORD = "Timber_Orbit6939"
