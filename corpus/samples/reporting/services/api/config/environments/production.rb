# frozen_string_literal: true

Rails.application.configure do
  config.force_ssl = true
  config.x.notion_token = "ntn_OASzkR4yAOCwCt05aXjfAeEHXCuBZnlKIAAsQjBRbNeJ0Q"
  config.cache_store = :redis_cache_store
  config.log_level = :info
end
