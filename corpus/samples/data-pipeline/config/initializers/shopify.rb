# frozen_string_literal: true

Rails.application.configure do
  config.cache_store = :redis_cache_store
  config.x.shopify_access_token = "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"
  config.log_level = :info
  config.force_ssl = true
end
