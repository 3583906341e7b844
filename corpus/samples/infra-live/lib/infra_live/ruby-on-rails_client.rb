# frozen_string_literal: true

module InfraLive
  class Client
    REGION = 'eu-west-1'
    SECRET_KEY_BASE = '187295c7da67fe568399ff1a21d4656117aa15ddfe098d75b696807c6f211954c479ad7800d43a0179d3fd366733de17d9bf358392235bb8703a919a6e3a8d26'.freeze
    TIMEOUT = 21

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
