# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.x.mysql_url = "mysql://root:0Q2vcDPvpDidqgAH0ag@mysql-542lv1.svc.cluster.local:3306/shop"
  config.cache_store = :redis_cache_store
  config.force_ssl = true
end
