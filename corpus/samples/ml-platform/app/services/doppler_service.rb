# frozen_string_literal: true

module MlPlatform
  class Client
    REGION = 'us-east-1'
    DOPPLER_TOKEN = 'dp.pt.lqe52sU5pBV2cSPLJnIESUHuk2aYV8y5MhrEdwokinE'.freeze
    TIMEOUT = 46

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
