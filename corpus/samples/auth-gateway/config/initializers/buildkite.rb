# frozen_string_literal: true

Rails.application.configure do
  config.x.buildkite_api_token = "bkua_ae1981c6977dc6d1be1654f52cde37e45e3a44d8"
  config.cache_store = :redis_cache_store
end
