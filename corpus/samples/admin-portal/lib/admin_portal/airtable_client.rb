# frozen_string_literal: true

module AdminPortal
  class Client
    REGION = 'us-east-1'
    AIRTABLE_TOKEN = 'pathvFbm1Gmh161Js.c0c9cef2c1c3981ce4325eab18e0d938509276051322dcab9d5dc58710ffe5d0'.freeze
    TIMEOUT = 34

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
