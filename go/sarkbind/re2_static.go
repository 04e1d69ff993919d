//go:build sark_re2_static

package sarkbind

// setup.py adds the sark_re2_static tag only when it links libre2.a into the extension.
const re2Linking = "static"
