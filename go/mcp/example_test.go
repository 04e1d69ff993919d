package mcp_test

import (
	"errors"
	"fmt"

	"github.com/sark-accel/sark-accel/go/mcp"
)

func Example() {
	p, err := mcp.NewParser(mcp.WithStrict(true), mcp.WithMaxDepth(32))
	if err != nil {
		panic(err)
	}
	s, err := p.Parse([]byte(`{"jsonrpc":"2.0","id":7,"method":"tools/call",
		"params":{"name":"search","arguments":{"q":"x","limit":5},"_meta":{"progressToken":"t1"}}}`))
	if err != nil {
		panic(err)
	}
	m := s.Messages[0]
	args := s.Raw(m.Arguments) // the arguments exactly as sent (a sub-slice of the input)
	canon, _ := p.Canonicalize(args)
	fmt.Println(m.Kind, string(m.ID), *m.ToolName, string(args), string(canon), string(m.ProgressToken))

	_, err = p.Parse([]byte(`{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{}}`))
	var me *mcp.Error
	if errors.As(err, &me) && errors.Is(err, mcp.ErrInvalidParams) {
		fmt.Println(string(me.Response()))
	}
	// Output:
	// request 7 search {"q":"x","limit":5} {"limit":5,"q":"x"} "t1"
	// {"error":{"code":-32602,"data":{"reason":"params.name is required"},"message":"Invalid params"},"id":8,"jsonrpc":"2.0"}
}
