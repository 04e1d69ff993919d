// Package redistier puts Redis behind an in-process cache: a two-level cache shared by a fleet.
//
// SARK runs as many replicas that share one Redis. Decisions cached in process must stay as
// consistent as that, without making Redis a point of failure:
//   - Get reads L1 (the in-process go/cache), then Redis; a Redis hit is copied into L1 with
//     the time Redis has left on the key. Set writes both with the entry's TTL.
//   - Keys are the caller's (SARK's policy:decision:{user}:{action}:{resource}:{ctx-hash}), so
//     every replica addresses one entry. The Redis value is an envelope carrying the policy
//     revision the entry was decided under: "sark1:<len(rev)>:<rev><value>" (envelope.go).
//     Only an entry of the current revision is ever returned; anything else is a miss, and
//     so is a value the caller's WithValueCheck refuses (the Python facade's type tag).
//   - Redis is untrusted: a value is read up to MaxEnvelopeBytes+1, the stored revision up
//     to MaxRevisionLen+1; a revision too long or holding NUL (stored or published) is
//     refused and counted (Stats.RevisionsRefused).
//   - SetRevision stores the revision in Redis and publishes it; every Cache subscribed to the
//     channel adopts it and clears its L1, so no process serves a decision of an old policy
//     from its local tier. A subscriber that reconnects reads the stored revision again, so a
//     change published while it was cut off is not lost.
//   - L1 keys are "<rev>\x00<key>": a Set racing a revision change can never be read under
//     the new revision.
//   - Every Redis operation is bounded by a timeout (default 5 ms). A failure is counted and
//     opens a breaker: Redis is skipped for a backoff that doubles per consecutive failure
//     (default 10 ms to 500 ms) and closes on the next success. While Redis is away the
//     cache serves from L1; no call blocks longer than the timeout or fails because of Redis.
//   - GetRaw/SetRaw read and write Redis alone, values as they are (no envelope, no revision):
//     for keys in another program's format, SARK's own policy cache (go/gateway's SARK keyspace).
//
// The Python twin (sark_accel/cache/_redis.py) writes the same keys, envelope and channel, so
// Go and Python processes share entries.
package redistier
