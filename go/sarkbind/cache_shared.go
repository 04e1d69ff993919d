package sarkbind

import (
	"encoding/base64"
	"time"
)

// The calls a gateway on the Python path makes when it shares SARK's keyspace
// (sark_accel/gateway/_sark.py); the go path uses the same objects directly (gateway.go).

// CacheTierLocalGet reads the local tier alone, the key as given (no revision prefix: a
// revision change clears the whole local tier); "" when absent.
func CacheTierLocalGet(h int64, key string) (v string, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return "", err
	}
	v, _ = bc.c.Get(key)
	return v, nil
}

// CacheTierLocalSet writes a tagged value into the local tier alone.
func CacheTierLocalSet(h int64, key, tagged string, ttlNs int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return false, err
	}
	if err := bc.c.Set(key, tagged, time.Duration(ttlNs)); err != nil {
		return false, invalidf("%v", err)
	}
	return true, nil
}

// CacheTierRawGet reads Redis alone (redistier.Cache.GetRaw): "" when absent, else "b" and
// base64 of the value's bytes (any bytes: Python decides what they are).
func CacheTierRawGet(h int64, key string) (v string, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return "", err
	}
	raw, _, ok := bc.tier.GetRaw(key)
	if !ok {
		return "", nil
	}
	return "b" + base64.StdEncoding.EncodeToString([]byte(raw)), nil
}

// CacheTierRawSet writes value as it is into Redis alone, for ttlNs.
func CacheTierRawSet(h int64, key, value string, ttlNs int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return false, err
	}
	bc.tier.SetRaw(key, value, time.Duration(ttlNs))
	return true, nil
}
