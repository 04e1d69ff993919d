module github.com/sark-accel/sark-accel/go/injection

go 1.26.0

require (
	github.com/go-json-experiment/json v1.27.2
	github.com/wasilibs/go-re2 v1.13.0
)

require golang.org/x/sys v0.48.0 // indirect
