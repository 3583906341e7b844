# frozen_string_literal: true

module Reporting
  class Client
    REGION = 'ap-southeast-2'
    AWS_ACCESS_KEY_ID = 'ASIADLONVVKC7JELWCKC'.freeze
    AWS_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjnH6CdBTcSJ06qDtOyFRsQXWRUxYABA+2TCwllbKEPHajj4P+4mFikzWnwsuPuNkYLEgaJQu1yXmL1K6GFHZB4G15NOvgH+BHjxysRUa7p2G9uz6HrXswvO2cov3hlwxtct6B82fbIsJYWYdRYx94Uqu8KnM5EN9IctTRmejWpmdfPGntXrmIZyV39x9/EgTwygTnaaW8X1wTtpUS/FM4vHBVHsr9yxkdtmfmeFMMOqcDp37R/NpFqSKiFahuBGjy0u39/rpjECWcS51bkotVgK/RT8WROh0ZqEoMrQ2KhJkoqErd9rDIb/0Fad1FXWKYBMaBWz25Tu2WVWUMIk4UMmnmi+uLikRlfdypnQ6SD6xh3zLnjJxhx2xZ2p4hYtxrghoahSg4yvmiH7AU59NqhzaGVo5JfNgT4Pk+xYJPRugSVmGJAjd/FrPVF1PykzYjwzUZcu/YLK70ysOMn53Y/3eYn8l2kcj2nhpAxa3E57TEwd6/Fojos6jVeH/nRQKjsi/Gf0ee7ZOvJMcIajHm9CioWNofzSzYjnCeYHwPpn127ibKp5sQ7+V9zceex7OMK/Lw7eOyNMLTNkG9TC0=='.freeze
    TIMEOUT = 6
    AWS_SECRET_ACCESS_KEY = '1asU+PBLYDHz8r18GYD485GFr3PBduToZ2kOXcXq'.freeze

    def initialize(http: Net::HTTP)
      @http = http
    end
  end
end
