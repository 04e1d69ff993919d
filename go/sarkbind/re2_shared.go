//go:build !sark_re2_static

package sarkbind

// Without the sark_re2_static tag, a re2_cgo build links the libre2.so that pkg-config names
// (setup.py: SARK_ACCEL_RE2=shared).
const re2Linking = "shared"
