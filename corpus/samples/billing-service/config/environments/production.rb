# frozen_string_literal: true

Rails.application.configure do
  config.x.vault_token = "s.ugW3cbmBVLQ9QW5DWLhh2KT6"
  config.log_level = :info
end
