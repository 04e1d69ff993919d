package sarkbind

import (
	"encoding/json"
	"errors"

	"github.com/sark-accel/sark-accel/go/injection"
)

var detectors = newRegistry[*injection.Detector]("injection detector")

// injectionError maps go/injection errors to the kinds sark_accel.injection.errors registers.
func injectionError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, injection.ErrInvalidPattern):
		return withKind(kindInjectionPattern, err)
	case errors.Is(err, injection.ErrPatternNotFound):
		return withKind(kindInjectionPatternNotFound, err)
	case errors.Is(err, injection.ErrInvalidOption), errors.Is(err, injection.ErrInvalidJSON):
		return withKind(kindInvalidArgument, err)
	}
	return err
}

// InjectionNew creates a detector from config JSON ({"patterns", "entropy_threshold",
// "min_entropy_length", "max_depth", "max_bytes", "alert_threshold", "block_threshold"}).
func InjectionNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	d, err := injection.NewFromJSON([]byte(configJSON))
	if err != nil {
		return 0, injectionError(err)
	}
	return detectors.add(d), nil
}

// InjectionClose forgets a detector.
func InjectionClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return detectors.remove(h), nil
}

// InjectionScan scans tool-call parameters (JSON) and an optional context document (JSON or "")
// and returns the result as rows (injection.Result.MarshalRows).
func InjectionScan(h int64, paramsJSON, contextJSON string) (out string, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	var ctx []byte
	if contextJSON != "" {
		ctx = []byte(contextJSON)
	}
	r, err := d.InspectJSON([]byte(paramsJSON), ctx)
	if err != nil {
		return "", injectionError(err)
	}
	return string(r.MarshalRows()), nil
}

// InjectionScanText scans one text and returns the result as rows.
func InjectionScanText(h int64, text string) (out string, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	return string(d.Inspect(text).MarshalRows()), nil
}

// InjectionWarm compiles the detector's lazily compiled regexes now (injection.Detector.Warm).
func InjectionWarm(h int64) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	d.Warm()
	return true, nil
}

// InjectionAddPatterns adds or replaces patterns (one JSON object or an array), all or nothing.
func InjectionAddPatterns(h int64, patternsJSON string) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	return true, injectionError(d.AddPatternsJSON([]byte(patternsJSON)))
}

// InjectionRemovePattern removes the pattern id.
func InjectionRemovePattern(h int64, id string) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	return true, injectionError(d.RemovePattern(id))
}

// InjectionPatterns returns the detector's pattern library as a JSON array.
func InjectionPatterns(h int64) (out string, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(d.Patterns())
	return string(b), err
}
