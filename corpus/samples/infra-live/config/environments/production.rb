# frozen_string_literal: true

Rails.application.configure do
  config.cache_store = :redis_cache_store
  config.x.openrouter_api_key = "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"
  config.force_ssl = true
  config.log_level = :info
end
