// Package cache is a sharded LRU cache with a TTL per entry.
//
// SARK caches authorization decisions with a TTL that depends on the tool's sensitivity
// (60 s for critical, 300 s for public), so one TTL per cache is not enough. Each shard is a
// github.com/hashicorp/golang-lru/v2/simplelru LRU guarded by its own mutex; an entry stores its
// deadline, and an expired entry is never returned.
//
// Semantics (mirrored exactly by the Python reference in sark_accel/cache/_python.py):
//   - A key lives in shard crc32(key) mod shards; capacity is split evenly across shards
//     (the first maxEntries%shards shards hold one more). LRU order is per shard, so it is
//     exact only with one shard.
//   - Time is an int64 count of nanoseconds from a Clock. An entry set at t with ttl d expires
//     at t+d: it is expired once now >= t+d.
//   - Get refreshes recency and counts a hit or a miss; an expired entry it finds is removed
//     and counted as an expiration (and a miss). A batch lookup is Get per key.
//   - Set on a full shard removes the least recently used entry of that shard first: counted
//     as an expiration if it had expired, otherwise as an eviction.
//   - Contains and Len read without changing recency or counters.
package cache
