# frozen_string_literal: true

Rails.application.configure do
  config.force_ssl = true
  config.x.new_relic_insert_key = "NRII-PZ0Yqce_rzLt86eKPQeDqOTa52IXXFqK"
  config.cache_store = :redis_cache_store
end
