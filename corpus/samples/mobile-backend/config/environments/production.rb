# frozen_string_literal: true

Rails.application.configure do
  config.x.huggingface_token = "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"
  config.force_ssl = true
  config.log_level = :info
end
