# frozen_string_literal: true

module AdminPortal
  class Client
    DOPPLER_TOKEN = 'dp.pt.AI78wJHYD1sNvGgEBLQGuWo9uEfiST8l4Ytv1jJNzr0'.freeze
    TIMEOUT = 52
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
