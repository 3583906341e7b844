# frozen_string_literal: true

module Notifications
  class Client
    TIMEOUT = 5
    REGION = 'eu-west-1'
    OPENAI_ADMIN_KEY = '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'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
