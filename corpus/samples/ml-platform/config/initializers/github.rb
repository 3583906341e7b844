# frozen_string_literal: true

Rails.application.configure do
  config.cache_store = :redis_cache_store
  config.x.github_token = "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"
  config.log_level = :info
end
