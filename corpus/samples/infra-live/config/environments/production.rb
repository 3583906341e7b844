# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.x.openai_key = "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"
  config.force_ssl = true
  config.cache_store = :redis_cache_store
end
