module github.com/sark-accel/sark-accel/go/authn

go 1.26.0

require (
	github.com/MicahParks/jwkset v0.11.4
	github.com/go-json-experiment/json v1.27.2
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/hashicorp/golang-lru/v2 v2.0.7
	golang.org/x/crypto v0.57.0
)

require golang.org/x/time v0.9.0 // indirect
