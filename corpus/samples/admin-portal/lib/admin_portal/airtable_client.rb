# frozen_string_literal: true

module AdminPortal
  class Client
    TIMEOUT = 52
    AIRTABLE_TOKEN = 'patnz1cm4onEQser4.6743d2c3b912bb603be623d27df2a5f45da0239d68de098b3d9028a98603112e'.freeze
    REGION = 'us-east-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
