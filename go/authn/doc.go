// Package authn verifies credentials for the gateway: JWTs (HMAC secrets, PEM public keys, JWKs,
// inline or fetched JWKS) and SARK API keys (bcrypt hashes), with caches that answer a repeated
// credential without repeating the cryptography. README.md states every rule precisely, so that
// the Python reference can reproduce it. An Authenticator is safe for concurrent use.
package authn
