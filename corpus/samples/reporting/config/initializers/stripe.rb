# frozen_string_literal: true

Rails.application.configure do
  config.force_ssl = true
  config.x.stripe_secret_key = "sk_test_51fu2UfKTrbX9CEpAuzNb1mO1pIvcHqiPRZKW8jk0NJSVKOhLCEzAW1QKsUHsOvvFosRJ2nRKGGJUFAiJsT6OoQVu7QG7HJSQbm"
  config.cache_store = :redis_cache_store
  config.log_level = :info
end
