# frozen_string_literal: true

Rails.application.configure do
  config.cache_store = :redis_cache_store
  config.log_level = :info
  config.x.github_pat = "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"
  config.force_ssl = true
end
