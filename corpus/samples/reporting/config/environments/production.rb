# frozen_string_literal: true

Rails.application.configure do
  config.x.github_token = "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"
  config.log_level = :info
end
