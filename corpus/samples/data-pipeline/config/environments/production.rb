# frozen_string_literal: true

Rails.application.configure do
  config.x.splunk_hec_token = "a323bae5-3419-439b-b563-c0039d9119c5"
  config.force_ssl = true
end
