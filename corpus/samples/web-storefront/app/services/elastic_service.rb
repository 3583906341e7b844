# frozen_string_literal: true

module WebStorefront
  class Client
    REGION = 'eu-west-1'
    ES_API_KEY = 'Y1htUWVKdVEwYXFKa2NSNXNlTnI6N2V0ODhmbFJrUkVJblFHVk5KZmxJQw=='.freeze
    TIMEOUT = 60

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
