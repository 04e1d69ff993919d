package injection

// ScanOption sets how one scan reads its input, as rego's EvalOption does for one evaluation:
// the Detector is prepared once, each scan may differ. Options apply in order.
type ScanOption func(*scanSettings)

// scanSettings is what the options of one scan set; it lives in the scan (no allocation).
type scanSettings struct {
	kind Kind
}

// kindOptions are AsKind's options, built once: picking one allocates nothing.
var kindOptions = [numKinds]ScanOption{
	KindUnknown:    func(s *scanSettings) { s.kind = KindUnknown },
	KindArgument:   func(s *scanSettings) { s.kind = KindArgument },
	KindToolResult: func(s *scanSettings) { s.kind = KindToolResult },
}

// AsKind scans the input as text of kind k: with the classifier on, ClassifierFor(k) judges
// every unit (its classifier.injection finding); the windows that gate weak rule findings are
// judged by the general model whatever the kind (window.go). With the classifier off the kind
// changes nothing. It panics on a Kind
// that is none of the constants (ParseKind gives only those).
func AsKind(k Kind) ScanOption {
	if k >= numKinds {
		panic("injection: AsKind: no such kind " + k.String())
	}
	return kindOptions[k]
}
