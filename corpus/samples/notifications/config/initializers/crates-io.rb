# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.x.crates_io_token = "cioeTnIkt8BYlznWEs5UwioTQgmuv8Ko7yr"
  config.force_ssl = true
end
