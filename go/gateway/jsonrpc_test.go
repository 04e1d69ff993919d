package gateway

import "testing"

func TestDenyResponseShape(t *testing.T) {
	got := string(denyResponse([]byte(`"a\"b"`), StagePolicy, []string{"r1", "é"}))
	want := `{"error":{"code":-32001,"data":{"reasons":["r1","é"],"stage":"policy"},"message":"Request denied"},"id":"a\"b","jsonrpc":"2.0"}`
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if got := string(denyResponse(nil, StageAuthn, nil)); got != `{"error":{"code":-32001,"data":{"reasons":[],"stage":"authn"},"message":"Request denied"},"id":null,"jsonrpc":"2.0"}` {
		t.Fatal(got)
	}
}
