# frozen_string_literal: true

module AdminPortal
  class Client
    REGION = 'us-east-1'
    TIMEOUT = 37
    SLACK_BOT_TOKEN = 'xoxb-891705430982-1534650338983-9fTUuMVGDVO7uVUIaggFv8IE'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
