package redistier

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// SetRevision makes rev the revision of this process's entries and tells the fleet: it is
// stored under the channel's key and published, and every subscribed Cache adopts it. A Redis
// failure is returned (the local change stands): the caller may retry the broadcast.
func (c *Cache) SetRevision(rev string) error {
	if err := checkRevision(rev); err != nil {
		return err
	}
	c.adopt(rev)
	return c.redis(func(ctx context.Context) error {
		pipe := c.rdb.TxPipeline()
		pipe.Set(ctx, c.cfg.channel, rev, 0)
		pipe.Publish(ctx, c.cfg.channel, rev)
		_, err := pipe.Exec(ctx)
		return err
	})
}

// adopt switches to rev and, when it is new, drops every local entry: they were decided
// under another policy.
func (c *Cache) adopt(rev string) {
	if checkRevision(rev) != nil {
		return // not ours: a revision this package never publishes
	}
	c.revMu.Lock()
	defer c.revMu.Unlock()
	if *c.rev.Load() == rev {
		return
	}
	c.rev.Store(&rev)
	c.revisions.Add(1)
	c.l1.Clear()
}

// follow applies the fleet's revisions until the subscription closes. Each (re)subscription
// reads the stored revision, so one published while the connection was down still arrives.
func (c *Cache) follow(ch <-chan interface{}) {
	defer close(c.subDone)
	for msg := range ch {
		switch m := msg.(type) {
		case *redis.Message:
			c.adoptPublished(m.Payload)
		case *redis.Subscription:
			if m.Kind == "subscribe" {
				c.refreshRevision()
			}
		}
	}
}

// adoptPublished adopts a revision the fleet published or stored, or counts it refused when
// it is not one this package publishes (too long, NUL): anyone who can reach Redis can write
// there.
func (c *Cache) adoptPublished(rev string) {
	if checkRevision(rev) != nil {
		c.revisionsRefused.Add(1)
		return
	}
	c.adopt(rev)
}

// refreshRevision reads the stored revision, bypassing the breaker (it runs right after a
// reconnection, when the breaker may still be open): a few bounded tries. Of the value only
// MaxRevisionLen+1 bytes are read: one past the limit tells a revision too long to adopt.
func (c *Cache) refreshRevision() {
	for try := 0; try < 5; try++ {
		ctx, cancel := context.WithTimeout(context.Background(), c.cfg.timeout)
		pipe := c.rdb.Pipeline()
		rev, stored := pipe.GetRange(ctx, c.cfg.channel, 0, MaxRevisionLen), pipe.Exists(ctx, c.cfg.channel)
		_, err := pipe.Exec(ctx)
		cancel()
		switch {
		case err == nil && stored.Val() == 0:
			return // nothing stored yet: keep ours
		case err == nil:
			c.adoptPublished(rev.Val())
			return
		}
		time.Sleep(c.cfg.minBackoff)
	}
}
