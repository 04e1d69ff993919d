module github.com/sark-accel/sark-accel/go/sarkbind

go 1.26.0

require (
	github.com/go-python/gopy v0.5.0
	github.com/sark-accel/sark-accel/go/cache v0.0.0
	github.com/sark-accel/sark-accel/go/mcp v0.0.0
)

require (
	github.com/gonuts/commander v0.1.0 // indirect
	github.com/gonuts/flag v0.1.0 // indirect
	github.com/hashicorp/golang-lru/v2 v2.0.7 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/telemetry v0.0.0-20261009151841-97e8ea77aa2a // indirect
	golang.org/x/tools v0.52.0 // indirect
)

replace (
	github.com/sark-accel/sark-accel/go/cache => ../cache
	github.com/sark-accel/sark-accel/go/mcp => ../mcp
)

tool (
	github.com/go-python/gopy
	golang.org/x/tools/cmd/goimports
)
