# frozen_string_literal: true

Rails.application.configure do
  config.x.github_token = "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"
  config.cache_store = :redis_cache_store
  config.force_ssl = true
  config.log_level = :info
end
