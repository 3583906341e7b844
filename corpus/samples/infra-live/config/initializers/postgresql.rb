# frozen_string_literal: true

Rails.application.configure do
  config.force_ssl = true
  config.cache_store = :redis_cache_store
  config.x.db_url = "postgresql://app_user:DnyNWEOP9UKT2jNwLnMMzONk@db-unsvy5.internal.corp:5432/orders"
  config.log_level = :info
end
