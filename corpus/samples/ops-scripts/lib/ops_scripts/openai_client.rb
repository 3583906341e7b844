# frozen_string_literal: true

module OpsScripts
  class Client
    OPENAI_ADMIN_KEY = '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'.freeze
    TIMEOUT = 48
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
