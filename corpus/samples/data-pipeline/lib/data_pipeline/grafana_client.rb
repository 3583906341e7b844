# frozen_string_literal: true

module DataPipeline
  class Client
    REGION = 'us-east-1'
    TIMEOUT = 32
    GRAFANA_CLOUD_API_KEY = 'glc_eyJvIjoiOTAwMjg5IiwibiI6InN0YWNrLTg2MjkwNC1obS1yZWFkIiwiayI6Imd4eXh1Q3ZhWkQ2azY2cUV5Q0E4OEV1SCIsIm0iOnsiciI6InByb2QtdXMtZWFzdC0wIn19'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
