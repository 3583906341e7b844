#!/bin/sh
set -eu

./bin/web-storefront sync \
  --aws-access-key-id 'ASIAJDUTGCEWJC63XJM6' \
  --aws-session-token 'IQoJb3JpZ2luX2VjJ6vnkVnNWwcedFtTgqNW9roS55j0sb9zjuXYytNKMzER0+xUhkTlgCM0tmyQynG6TfKw9woHb9eOleYPQ6i/pLr6UFcxmz3oSB/ToW7yTu62Nz/lmyXE3e4XEck1DnenCQUgh0aP7Y7ajPFuZOL15Z5T1V6QAfOyuWUaHI47CPOcJMLjY+bXLsusOhKrHtdbE3GJn3sRrYHUYM9nTgfv1V42XPXtWly+9hJq4sERU6M305hz5/Nad+pXBHXRneAUmY2FKO30QW7ej6A8n14e+z9gTQ3FnudZ7XhhRmz8Zdl9RlSLKgKSyj97KzSAA1ESv5sk6m0T4ZXnRcVPZ/OC+N6/cvl71t29bJEo8MnUX9wjQHTwNC0AWse1ykfITNFxYxcF5ogt2d7IQV7+Dk7+sSY4KZ+WrYW451DmcnTNWZeCYaMfWoHT7kPj9WvWFNg4copbbFMgHwwD2YHqLeUcqPHOukK70Hvu/xX8/uqzJQ+bWbKkvGZm1moLxrXQ22EVASH8nLn1Cr1L6A9lYLFR20HUdnh6QClMtHg4208kfpZ1IToDzhQYP4NOVCM91pLJLnGAXCyMyxbo0H4KmA14LcnG7oVhQcEb==' \
  --aws-secret-access-key '2ahgucZatifuODALzm3dC6692gpLKEFKM/dJw0B1' \
  --region eu-west-1
echo "done"
