# frozen_string_literal: true

module OpsScripts
  class Client
    REGION = 'us-east-1'
    GRAFANA_CLOUD_TOKEN = 'glc_eyJvIjoiNjIwODk1IiwibiI6InN0YWNrLTk1NTEyMC1obS1yZWFkIiwiayI6IkwxclVFdzNWb0RsZk1pQ0ZFU1Bpc1pYQSIsIm0iOnsiciI6InByb2QtZXUtd2VzdC0yIn19'.freeze
    TIMEOUT = 46

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
