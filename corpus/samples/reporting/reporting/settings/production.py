"""Django settings for reporting (production)."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "+ud21d4-63y(h*!de=s8&an$+^pbhn2yam3@jbvf7@ax^*z^+-"

DEBUG = False
ALLOWED_HOSTS = ["reporting.corp.lan"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "USER": "django",
        "PASSWORD": "bPrCWwRDrczpqNFVTNo",
        "HOST": "db.internal",
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.corp.lan"
EMAIL_HOST_PASSWORD = "Saffron!Cedar564"
