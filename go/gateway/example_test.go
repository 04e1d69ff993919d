package gateway_test

import (
	"context"
	"fmt"
	"time"

	"github.com/sark-accel/sark-accel/go/cache"
	"github.com/sark-accel/sark-accel/go/gateway"
	"github.com/sark-accel/sark-accel/go/policy"
)

func Example() {
	engine := policy.New(policy.WithTimeout(time.Second))
	if err := engine.LoadBundle("../../sark_accel/policies/gateway"); err != nil {
		panic(err)
	}
	decisions, _ := cache.New[string](10_000, time.Minute)
	g, err := gateway.New(gateway.WithPolicy(engine, ""), gateway.WithCache(decisions, 0))
	if err != nil {
		panic(err)
	}
	req := gateway.Request{
		Message:   []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"fs.read_file","arguments":{"path":"/etc/shadow"}}}`),
		Principal: &gateway.Principal{ID: "alice", Roles: []string{"developer"}},
		Time:      time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC),
	}
	d := g.Authorize(context.Background(), req)
	fmt.Println(d.Allow, d.Stage, d.Reasons)
	fmt.Println(string(d.ErrorResponse))
	fmt.Println(g.Authorize(context.Background(), req).Stage)
	// Output:
	// false policy [path_not_allowed: path]
	// {"error":{"code":-32001,"data":{"reasons":["path_not_allowed: path"],"stage":"policy"},"message":"Request denied"},"id":1,"jsonrpc":"2.0"}
	// cache
}
