package mcp

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func mustParser(t *testing.T, opts ...Option) *Parser {
	t.Helper()
	p, err := NewParser(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOptionsValidated(t *testing.T) {
	for _, o := range []Option{WithMaxBytes(0), WithMaxDepth(0), WithMaxDepth(MaxDepthLimit + 1), WithMaxBatch(-1)} {
		if _, err := NewParser(o); !errors.Is(err, ErrInvalidOption) {
			t.Fatalf("want ErrInvalidOption, got %v", err)
		}
	}
}

func TestErrorsIsAndResponse(t *testing.T) {
	p := mustParser(t, WithStrict(true))
	cases := []struct {
		in       string
		sentinel error
		resp     string
	}{
		{`{`, ErrParse, `{"error":{"code":-32700,"data":{"reason":"invalid JSON: unexpected end at byte 1"},"message":"Parse error"},"id":null,"jsonrpc":"2.0"}`},
		{`{"jsonrpc":"2.0","id":"a\"b","method":5}`, ErrInvalidRequest, `{"error":{"code":-32600,"data":{"reason":"method must be a string"},"message":"Invalid Request"},"id":"a\"b","jsonrpc":"2.0"}`},
		{`{"jsonrpc":"2.0","id":3,"method":"x/y"}`, ErrMethodNotFound, `{"error":{"code":-32601,"data":{"method":"x/y","reason":"unknown method"},"message":"Method not found"},"id":3,"jsonrpc":"2.0"}`},
		{`{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{}}`, ErrInvalidParams, `{"error":{"code":-32602,"data":{"reason":"params.name is required"},"message":"Invalid params"},"id":4,"jsonrpc":"2.0"}`},
	}
	for _, c := range cases {
		_, err := p.Parse([]byte(c.in))
		if !errors.Is(err, c.sentinel) {
			t.Fatalf("%s: want %v, got %v", c.in, c.sentinel, err)
		}
		var me *Error
		errors.As(err, &me)
		if got := string(me.Response()); got != c.resp {
			t.Fatalf("%s:\nwant %s\ngot  %s", c.in, c.resp, got)
		}
	}
}

func TestGetPath(t *testing.T) {
	p := mustParser(t)
	doc := []byte(`{"params":{"_meta":{"session":{"user":{"id":"u1"}}},"arguments":{"b":[1,{"y":2,"x":1}]}}}`)
	for _, c := range []struct {
		path []any
		want string
		ok   bool
	}{
		{[]any{"params", "_meta", "session", "user", "id"}, `"u1"`, true},
		{[]any{"params", "arguments", "b", 1}, `{"x":1,"y":2}`, true},
		{[]any{"params", "arguments", "b", 2}, ``, false},
		{[]any{"params", "arguments", "b", -1}, ``, false},
		{[]any{"params", 0}, ``, false},
		{[]any{"nope"}, ``, false},
		{nil, `{"params":{"_meta":{"session":{"user":{"id":"u1"}}},"arguments":{"b":[1,{"x":1,"y":2}]}}}`, true},
	} {
		got, ok, err := p.GetPath(doc, c.path...)
		if err != nil || ok != c.ok || string(got) != c.want {
			t.Fatalf("%v: got %s %v %v", c.path, got, ok, err)
		}
	}
	if _, _, err := p.GetPath(doc, true); !errors.Is(err, ErrInvalidOption) {
		t.Fatalf("bad path: %v", err)
	}
	if _, _, err := p.GetPath([]byte(`{"a":1,"a":2}`), "a"); !errors.Is(err, ErrInvalidRequest) {
		t.Fatalf("duplicate keys must be rejected, got %v", err)
	}
}

func TestNoHangOnHugeInputs(t *testing.T) {
	p := mustParser(t)
	for _, in := range []string{
		strings.Repeat("[", 4<<20),
		`"` + strings.Repeat(`\u0041`, 600_000) + `"`,
		`[` + strings.Repeat(`1,`, 1_000_000) + `1]`,
		`{` + strings.Repeat(`"k":1,`, 500_000) + `"k":2}`,
	} {
		if _, err := p.Parse([]byte(in)); err == nil {
			t.Fatalf("expected an error for %.20q", in)
		}
	}
	// A large object with distinct keys exercises the sorting duplicate check.
	var b strings.Builder
	b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{`)
	for i := range 5000 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strconv.Itoa(i) + `":1`)
	}
	b.WriteString(`}}}`)
	if _, err := p.Parse([]byte(b.String())); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentUse(t *testing.T) {
	p := mustParser(t)
	inputs := [][]byte{toolsCall(300), toolsCall(2048), []byte(`{"a":1,"a":2}`), []byte(`[{"jsonrpc":"2.0","method":"x"},1]`)}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		b, err := parseJSON(p, in)
		want[i] = string(b) + errString(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(inputs)
				b, err := parseJSON(p, inputs[i])
				if got := string(b) + errString(err); got != want[i] {
					t.Errorf("concurrent result differs: %s vs %s", got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestSkipPlainMatchesBytewise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte{'a', '"', '\\', 0, 0x1f, 0x20, 0x7f, 0x80, 0xff, 0xc3, 0xa9, '!', '#', '[', '\\' + 1}
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		p := r.IntN(len(b) + 1)
		want := p
		for want < len(b) && !strByte[b[want]] {
			want++
		}
		if got := skipPlain(b, p); got != want {
			t.Fatalf("skipPlain(%q, %d) = %d, want %d", b, p, got, want)
		}
	}
}

// TestDuplicateKeysSmallObjects: the key filter of the scanner, then the exact comparison.
func TestDuplicateKeysSmallObjects(t *testing.T) {
	p, _ := NewParser()
	for _, c := range []struct {
		in  string
		dup bool
	}{
		{`{"a":1,"a":2}`, true}, {`{"a":1,"b":2}`, false}, {`{"abcdefgh":1,"abcdefgh":2}`, true},
		{`{"abcdefghi":1,"abcdefghj":2}`, false}, {`{"abcdefghij":1,"abcdefghij":2}`, true},
		{`{"a":1,"\u0061":2}`, true}, {`{"ab":1,"a":2}`, false}, {`{"":1,"":2}`, true}, {`{"":1,"a":2}`, false},
		{`{"a\u0000":1,"a":2}`, false},
		{`{"abc":1,"axc":2}`, false}, {`{"abc":1,"xbc":2,"abc":3}`, true}, // same filter bit, then exact
		{`{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"ka":10,"kb":11,` +
			`"kc":12,"kd":13,"ke":14,"kf":15,"kg":16,"k3":17}`, true},
		{`{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"ka":10,"kb":11,` +
			`"kc":12,"kd":13,"ke":14,"kf":15,"kg":16,"kh":17}`, false},
	} {
		_, err := p.Canonicalize([]byte(c.in))
		if (err != nil) != c.dup {
			t.Errorf("%s: %v", c.in, err)
		}
	}
}
