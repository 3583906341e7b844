# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.force_ssl = true
  config.x.stripe_secret_key = "sk_test_51J8geMGSGQ0eVpnfm4XOuIlkNuplyIJVBhcYBc5TVbVNsbndUN5PGFlBvwhQ14AM4l1biWLlCYTdQ2m5R7SWbcOUjOqVJgNYKx"
  config.cache_store = :redis_cache_store
end
