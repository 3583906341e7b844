# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.x.jdbc_url = "jdbc:postgresql://pg-98gtq.corp:5432/ledger?user=ledger&password=4UCdZ6msIi.qLYZ~LGuyEn"
  config.cache_store = :redis_cache_store
  config.force_ssl = true
end
