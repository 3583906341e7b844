# frozen_string_literal: true

module MobileBackend
  class Client
    POSTMAN_API_KEY = 'PMAK-853f4e0514ba7fed1525492b-8568f0ba1ee2ff061a608647953017e036'.freeze
    TIMEOUT = 50
    REGION = 'eu-west-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
