package injection

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

// Options configure a Detector. The zero value is not useful: start from DefaultOptions.
type Options struct {
	// Patterns replaces the shipped library when non-nil.
	Patterns []Pattern
	// EntropyThreshold: units whose rounded Shannon entropy exceeds it are reported.
	EntropyThreshold float64
	// MinEntropyLength: shorter units (in code points) are not measured.
	MinEntropyLength int
	// MaxDepth: containers at this depth or deeper are not entered (a finding instead).
	MaxDepth int
	// MaxBytes: UTF-8 bytes of text scanned per call; the rest is skipped and the result
	// says truncated.
	MaxBytes int
	// AlertThreshold and BlockThreshold turn the risk score into a decision.
	AlertThreshold int
	BlockThreshold int
	// Classifier runs the compiled linear classifier on every unit (classifier.go). Off by
	// default until a model keeps benign held-out text under the alert threshold.
	Classifier bool
}

// DefaultOptions are the documented defaults.
func DefaultOptions() Options {
	return Options{
		EntropyThreshold: 4.5,
		MinEntropyLength: 50,
		MaxDepth:         10,
		MaxBytes:         1 << 20,
		AlertThreshold:   40,
		BlockThreshold:   70,
		Classifier:       false, // opt-in: its false positives on held-out text (injection README)
	}
}

// Option changes Options.
type Option func(*Options)

// WithPatterns replaces the library (nil keeps the shipped one).
func WithPatterns(ps []Pattern) Option { return func(o *Options) { o.Patterns = ps } }

// WithEntropyThreshold sets Options.EntropyThreshold.
func WithEntropyThreshold(v float64) Option { return func(o *Options) { o.EntropyThreshold = v } }

// WithMinEntropyLength sets Options.MinEntropyLength.
func WithMinEntropyLength(n int) Option { return func(o *Options) { o.MinEntropyLength = n } }

// WithMaxDepth sets Options.MaxDepth.
func WithMaxDepth(n int) Option { return func(o *Options) { o.MaxDepth = n } }

// WithMaxBytes sets Options.MaxBytes.
func WithMaxBytes(n int) Option { return func(o *Options) { o.MaxBytes = n } }

// WithClassifier sets Options.Classifier.
func WithClassifier(on bool) Option { return func(o *Options) { o.Classifier = on } }

// WithThresholds sets the alert and block thresholds.
func WithThresholds(alert, block int) Option {
	return func(o *Options) { o.AlertThreshold, o.BlockThreshold = alert, block }
}

func (o *Options) validate() error {
	if math.IsNaN(o.EntropyThreshold) || math.IsInf(o.EntropyThreshold, 0) || o.EntropyThreshold < 0 {
		return &OptionError{Name: "entropy_threshold", Reason: "must be finite and >= 0"}
	}
	for _, c := range []struct {
		name   string
		v      int
		lo, hi int
	}{
		{"min_entropy_length", o.MinEntropyLength, 1, 1 << 30},
		{"max_depth", o.MaxDepth, 0, 1000},
		{"max_bytes", o.MaxBytes, 1, 1 << 30},
		{"alert_threshold", o.AlertThreshold, 0, 100},
		{"block_threshold", o.BlockThreshold, 0, 100},
	} {
		if c.v < c.lo || c.v > c.hi {
			return &OptionError{Name: c.name, Reason: fmt.Sprintf("must be between %d and %d", c.lo, c.hi)}
		}
	}
	if o.AlertThreshold > o.BlockThreshold {
		return &OptionError{Name: "alert_threshold", Reason: "must be <= block_threshold"}
	}
	return nil
}

// OptionsFromJSON reads the JSON config the binding passes:
//
//	{"patterns": [...] | null, "entropy_threshold": 4.5, "min_entropy_length": 50,
//	 "max_depth": 10, "max_bytes": 1048576, "alert_threshold": 40, "block_threshold": 70,
//	 "classifier": true}
//
// Every key is optional; unknown keys are an error. Empty input means all defaults.
func OptionsFromJSON(config []byte) (Options, error) {
	o := DefaultOptions()
	if len(bytes.TrimSpace(config)) == 0 {
		return o, nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(config, &raw); err != nil {
		return o, jsonError("config", err)
	}
	intField := func(name string, dst *int) error {
		b, ok := raw[name]
		if !ok {
			return nil
		}
		var f float64
		if err := json.Unmarshal(b, &f); err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
			return &OptionError{Name: name, Reason: "must be an int"}
		}
		*dst = int(f)
		return nil
	}
	for name := range raw {
		switch name {
		case "patterns", "entropy_threshold", "min_entropy_length", "max_depth", "max_bytes",
			"alert_threshold", "block_threshold", "classifier":
		default:
			return o, &OptionError{Name: name, Reason: "is not an option"}
		}
	}
	if b, ok := raw["entropy_threshold"]; ok {
		if err := json.Unmarshal(b, &o.EntropyThreshold); err != nil {
			return o, &OptionError{Name: "entropy_threshold", Reason: "must be a number"}
		}
	}
	for _, f := range []struct {
		name string
		dst  *int
	}{
		{"min_entropy_length", &o.MinEntropyLength}, {"max_depth", &o.MaxDepth},
		{"max_bytes", &o.MaxBytes}, {"alert_threshold", &o.AlertThreshold},
		{"block_threshold", &o.BlockThreshold},
	} {
		if err := intField(f.name, f.dst); err != nil {
			return o, err
		}
	}
	if b, ok := raw["classifier"]; ok {
		if err := json.Unmarshal(b, &o.Classifier); err != nil {
			return o, &OptionError{Name: "classifier", Reason: "must be a bool"}
		}
	}
	if b, ok := raw["patterns"]; ok && string(bytes.TrimSpace(b)) != "null" {
		if bytes.TrimSpace(b)[0] != '[' {
			return o, &OptionError{Name: "patterns", Reason: "must be a list of pattern objects or null"}
		}
		ps, err := parsePatternList(b)
		if err != nil {
			return o, err
		}
		if ps == nil {
			ps = []Pattern{}
		}
		o.Patterns = ps
	}
	return o, nil
}
