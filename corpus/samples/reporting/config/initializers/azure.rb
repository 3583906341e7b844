# frozen_string_literal: true

Rails.application.configure do
  config.force_ssl = true
  config.x.storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=stgza567ihu;AccountKey=ZmIr1sq7usSS5Sxk4nFxO0ijMn5cwoJx8eqgFlG5WIYsq2F9ctxen613/xrRu4ostDmXReOt0e3laSTGG1Ogtg==;EndpointSuffix=core.windows.net"
  config.cache_store = :redis_cache_store
  config.log_level = :info
end
