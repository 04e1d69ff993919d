package mcp

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// revisionCase is one line of revisions.jsonl: a message of one revision and the SDK's
// verdict on it (python tools/gen_mcp_revisions.py writes it from the SDK's own models).
type revisionCase struct {
	Case            string          `json:"case"`
	Method          string          `json:"method"`
	Revision        string          `json:"revision"`
	Message         json.RawMessage `json:"message"`
	ProtocolVersion *string         `json:"protocol_version"`
	SDK             string          `json:"sdk"`
	SDKHandshake    *string         `json:"sdk_2025_11_25"`
}

// sdkRejectsWeAccept: the SDK's models refuse these, the parser accepts them, because it checks
// the params a gateway decides on, not every field (tests/mcp/README.md, "Revisions").
var sdkRejectsWeAccept = map[string]string{
	"ttl": "notifications/tasks/status: ttl is an integer or null; checked as present only",
}

func loadRevisionCases(t *testing.T) []revisionCase {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir, "revisions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []revisionCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c revisionCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// documentedDifference returns why the parser accepts a case the SDK rejects, or "".
func documentedDifference(c revisionCase) string {
	if c.SDK == "rejects" && c.ProtocolVersion == nil && c.SDKHandshake != nil && *c.SDKHandshake == "accepts" {
		// The SDK judges it as a 2026-07-28 message (its session knows the revision), but the
		// message does not say so, and it is a valid message of the handshake revisions.
		return "claims no revision"
	}
	for field, why := range sdkRejectsWeAccept {
		if strings.HasSuffix(c.Case, ":type:"+field) {
			return why
		}
	}
	return ""
}

// TestRevisionsAgainstSDK: in strict mode, every message the SDK's models accept for a revision
// parses, with its method and the revision it claims; every message they reject is refused
// (-32601 for a method its revision lacks, -32602 for params), apart from documented differences.
func TestRevisionsAgainstSDK(t *testing.T) {
	cases := loadRevisionCases(t)
	if len(cases) < 500 {
		t.Fatalf("only %d cases", len(cases))
	}
	p, err := NewParser(WithStrict(true))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		s, err := p.Parse(c.Message)
		why := documentedDifference(c)
		switch {
		case c.SDK == "accepts" || why != "":
			if err != nil {
				t.Errorf("%s: the SDK accepts %s, we refuse it: %v", c.Case, c.Message, err)
				continue
			}
			m := s.Messages[0]
			want := ""
			if c.ProtocolVersion != nil {
				want = *c.ProtocolVersion
			}
			if *m.Method != c.Method || m.ProtocolVersion != want {
				t.Errorf("%s: method %q revision %q, want %q %q", c.Case, *m.Method, m.ProtocolVersion, c.Method, want)
			}
			if why != "" && c.SDK == "accepts" {
				t.Errorf("%s: listed as a difference (%s), but the SDK accepts it", c.Case, why)
			}
		default:
			var me *Error
			if !errors.As(err, &me) {
				t.Errorf("%s: the SDK rejects %s, we accept it", c.Case, c.Message)
				continue
			}
			want := CodeInvalidParams
			if strings.HasSuffix(c.Case, ":not-in-revision") {
				want = CodeMethodNotFound
			}
			if me.Code != want {
				t.Errorf("%s: code %d (%s), want %d", c.Case, me.Code, me.Message, want)
			}
		}
	}
}

// TestMethodTableIsTheSDKs: the revisions of each known method are exactly the revisions whose
// SDK-accepted messages the fixture holds, and no other method is known.
func TestMethodTableIsTheSDKs(t *testing.T) {
	fromSDK := map[string][]string{}
	for _, c := range loadRevisionCases(t) {
		if c.SDK == "accepts" && !slices.Contains(fromSDK[c.Method], c.Revision) {
			fromSDK[c.Method] = append(fromSDK[c.Method], c.Revision)
		}
	}
	known := KnownMethods()
	sort.Strings(known)
	var sdk []string
	for m, revs := range fromSDK {
		sdk = append(sdk, m)
		sort.Slice(revs, func(i, j int) bool {
			return slices.Index(ProtocolVersions, revs[i]) < slices.Index(ProtocolVersions, revs[j])
		})
		if got := MethodRevisions(m); !slices.Equal(got, revs) {
			t.Errorf("%s: revisions %v, the SDK's %v", m, got, revs)
		}
	}
	sort.Strings(sdk)
	if !slices.Equal(known, sdk) {
		t.Errorf("known methods %v\nthe SDK's     %v", known, sdk)
	}
}

// TestProtocolVersionClaims: what a message claims, whatever the strictness.
func TestProtocolVersionClaims(t *testing.T) {
	p, _ := NewParser()
	for _, tc := range []struct{ msg, want string }{
		{`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`, "2025-03-26"},
		{`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"1999-01-01","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}`, "1999-01-01"},
		{`{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}`, "2026-07-28"},
		{`{"jsonrpc":"2.0","id":1,"method":"x/y","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2\u0030"}}}`, "20"},
		{`{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"protocolVersion":"2025-03-26"}}`, ""},
		{`{"jsonrpc":"2.0","id":1,"method":"x/y","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":""}}}`, ""},
		{`{"jsonrpc":"2.0","id":1,"method":"x/y","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":7}}}`, ""},
		{`{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-06-18"}}`, ""},
		{`{"jsonrpc":"2.0","method":"ping"}`, ""},
	} {
		s, err := p.Parse([]byte(tc.msg))
		if err != nil {
			t.Fatalf("%s: %v", tc.msg, err)
		}
		if got := s.Messages[0].ProtocolVersion; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.msg, got, tc.want)
		}
	}
}
