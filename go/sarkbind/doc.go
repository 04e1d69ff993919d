// Package sarkbind is the one package gopy turns into the CPython extension sark_accel._sarkgo.
//
// It is deliberately thin. Rules every exported function follows:
//   - only str, int, float and bool cross, and every function returns (T, error): gopy leaks a
//     C string per call for a bare error result, and cannot return tuples;
//   - structured data crosses as one JSON string per direction, so one call does real work;
//   - every function defers guard(&err), which turns a panic into an error: a Go panic would
//     otherwise abort the Python interpreter;
//   - errors are "sark:<kind>:<text>" (see errors.go); Python maps <kind> to its exception class;
//   - Go objects live in registries keyed by int64 handles (handles.go): Python holds the
//     number and frees it, so no gopy object handles (and their per-call overhead) are used;
//   - gopy releases the GIL around every call, so everything here is safe for concurrent use.
package sarkbind
