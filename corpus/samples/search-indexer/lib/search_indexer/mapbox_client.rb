# frozen_string_literal: true

module SearchIndexer
  class Client
    MAPBOX_SECRET_TOKEN = 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImFkYnVyYThpcTA0dmxvbXpqN3FsZ3MwOWsifQ.zO5GdT7zQ3gumL9ze4afEL'.freeze
    REGION = 'eu-west-1'
    TIMEOUT = 45

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
