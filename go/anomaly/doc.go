// Package anomaly detects unusual behaviour of principals (users, agents) calling MCP tools:
// SARK's seven behavioural checks and alert rules, answered from baselines kept up to date
// online, plus a few checks beyond SARK. README.md in this directory is the specification (every
// rule, description, window edge and the export format), precise enough to reimplement from.
//
// Two ways in:
//   - Batch, SARK style: BuildBaseline over a principal's events, then DetectAgainst with the
//     caller's recent events.
//   - Online: a Detector keeps, per principal, one counter block per UTC day of the trailing
//     window plus their sum; Observe adds an event in O(distinct values), Detect reads the sum,
//     never raw events. Export, Import and Merge move states between processes.
//
// Choices that are not obvious:
//   - Result sizes are summed exactly (192-bit counters), not with a float Welford accumulator:
//     the mean and variance must not depend on arrival order, or Merge could not equal the
//     single-stream state and the Python twin could not reproduce them bit for bit.
//   - Ties among equally frequent tools go to the earliest timestamp (then the name), not to
//     arrival order: that equals SARK's Counter order for time-ordered history and survives
//     out-of-order events and merges.
//   - rate_spike's moving average runs over the window's days, not over arrivals: an EWMA fed
//     in arrival order could not survive out-of-order events or merges.
//   - Principals live in golang-lru's simplelru under the Detector's one mutex. The per-principal
//     symbol tables are hand-written (a slice searched linearly, a map only past 32 values)
//     because a map per principal would cost more than the rest of its state.
package anomaly
