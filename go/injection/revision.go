package injection

import "sync/atomic"

// revisions numbers every library built in the process, so no two are alike.
var revisions atomic.Uint64

// Revision identifies what the detector scans with: a number unique in the process to this
// detector and its current patterns (its options never change), new after every
// AddPatterns/RemovePattern. Two scans of the same input and kind (AsKind) under one revision
// give the same result, so a cache of decisions made on a scan may key on it (go/gateway does:
// it scans arguments only, always as KindArgument). Read it
// before scanning: a scan uses the library it loads then or a newer one.
func (d *Detector) Revision() uint64 { return d.lib.Load().rev }
