# frozen_string_literal: true

Rails.application.configure do
  config.x.planetscale_service_token = "pscale_tkn_0UpGfBSD8qkynyUJic-vUNFuwS2scJpjQzV2GTyWCRa"
  config.log_level = :info
  config.force_ssl = true
end
