# frozen_string_literal: true

module AuthGateway
  class Client
    OPENROUTER_API_KEY = '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'.freeze
    TIMEOUT = 47
    REGION = 'eu-west-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
