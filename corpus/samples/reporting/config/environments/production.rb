# frozen_string_literal: true

Rails.application.configure do
  config.x.openai_key = "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"
  config.log_level = :info
end
