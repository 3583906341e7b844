# frozen_string_literal: true

Rails.application.configure do
  config.x.gitlab_trigger_token = "glptt-d834c9a23a82b2a051795e24e3fabc7edbfc6640"
  config.force_ssl = true
end
