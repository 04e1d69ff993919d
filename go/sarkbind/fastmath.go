package sarkbind

// gopy compiles every cgo package of the extension with -ffast-math unless setup.py appends
// -fno-fast-math. This file is compiled with the same flags as gopy's C, so it can tell.

/*
#ifdef __FAST_MATH__
static int built_with_fast_math(void) { return 1; }
#else
static int built_with_fast_math(void) { return 0; }
#endif
*/
import "C"

// BuiltWithFastMath reports whether the extension's C code was compiled with -ffast-math
// (which assumes no NaN or Inf and may flush subnormals); it must be false.
func BuiltWithFastMath() (on bool, err error) {
	defer guard(&err)
	return C.built_with_fast_math() != 0, nil
}
