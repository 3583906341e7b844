# frozen_string_literal: true

Rails.application.configure do
  config.log_level = :info
  config.x.mapbox_access_token = "sk.eyJ1IjoiZ2VvLXRlYW0iLCJhIjoiODE2eHp1YnNjMzJ0NTZydnhtcDZsdnJoayJ9.2iswiQFPp9c6dcpNXPml6u"
  config.force_ssl = true
end
