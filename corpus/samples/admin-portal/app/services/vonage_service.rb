# frozen_string_literal: true

module AdminPortal
  class Client
    TIMEOUT = 3
    VONAGE_API_KEY = '38bd9bfe'.freeze
    NEXMO_API_SECRET = 'IZatEuZn407s4v2e'.freeze
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
