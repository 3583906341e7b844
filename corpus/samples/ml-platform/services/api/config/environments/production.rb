# frozen_string_literal: true

Rails.application.configure do
  config.x.replicate_api_token = "r8_UzodUizdqeF1eoeORnNrndiF0U61GcyLlfKmJ"
  config.cache_store = :redis_cache_store
  config.force_ssl = true
  config.log_level = :info
end
