# frozen_string_literal: true

module InfraLive
  class Client
    DATABRICKS_TOKEN = 'dapi66cdcc3d36396fa67d0d290e66e6830d'.freeze
    TIMEOUT = 60
    REGION = 'eu-west-1'

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
