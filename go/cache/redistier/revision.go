package redistier

import (
	"context"
	"errors"
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
			c.adopt(m.Payload)
		case *redis.Subscription:
			if m.Kind == "subscribe" {
				c.refreshRevision()
			}
		}
	}
}

// refreshRevision reads the stored revision, bypassing the breaker (it runs right after a
// reconnection, when the breaker may still be open): a few bounded tries.
func (c *Cache) refreshRevision() {
	for try := 0; try < 5; try++ {
		ctx, cancel := context.WithTimeout(context.Background(), c.cfg.timeout)
		rev, err := c.rdb.Get(ctx, c.cfg.channel).Result()
		cancel()
		switch {
		case err == nil:
			c.adopt(rev)
			return
		case errors.Is(err, redis.Nil):
			return // nothing stored yet: keep ours
		}
		time.Sleep(c.cfg.minBackoff)
	}
}
