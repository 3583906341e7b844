# frozen_string_literal: true

Rails.application.configure do
  config.cache_store = :redis_cache_store
  config.x.anthropic_admin_key = "sk-ant-admin01-FlZBp5LHXrhPaYSxfsMSC6NjEcVDgBnWo6zXGPt7Dr-o4J83jCbGBpsvPZhN2imV8V_gI2Nfs7cQx7wK6bgNedJirSIO-AA"
  config.log_level = :info
  config.force_ssl = true
end
