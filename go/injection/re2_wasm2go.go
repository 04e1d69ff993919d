//go:build !re2_cgo

package injection

// RE2 names the RE2 that go-re2 runs. Without the re2_cgo build tag it is RE2 compiled to
// Wasm and then to Go (wasm2go): pure Go, no C library needed, slower per byte and per call.
const RE2 = "wasm2go"
