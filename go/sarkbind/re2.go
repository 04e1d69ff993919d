package sarkbind

import "github.com/sark-accel/sark-accel/go/injection"

// RE2Backend names the RE2 the injection scanner runs: "wasm2go", or "libre2 (cgo, static)"
// when setup.py linked libre2.a in (build tags re2_cgo and sark_re2_static).
func RE2Backend() (name string, err error) {
	defer guard(&err)
	if injection.RE2 == "wasm2go" {
		return injection.RE2, nil
	}
	return "libre2 (cgo, " + re2Linking + ")", nil
}
