import pytest

from data_pipeline.client import Client

# Documentation values only: none of these authenticate anywhere.
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_KEY = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
GITHUB_TOKEN = "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
SLACK_TOKEN = "xoxb-your-bot-token-here"


@pytest.fixture
def client():
    return Client(api_key="<your-api-key>", password="changeme", secret="REPLACE_ME")


def test_login_rejects_empty_password(client):
    with pytest.raises(ValueError):
        client.login(username="admin", password="")


def test_token_is_redacted(client):
    assert client.redact("sk-...") == "sk-***"
    assert client.redact("{{ api_key }}") == "***"
