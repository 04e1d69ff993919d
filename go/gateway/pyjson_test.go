package gateway

import "testing"

// The expected texts are what CPython 3.11's json.dumps(json.loads(in), sort_keys=True) prints.
func TestAppendPyJSONWritesPythonsJSONDumps(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{}`, `{}`},
		{`{"client_ip":"10.0.0.7","timestamp":0}`, `{"client_ip": "10.0.0.7", "timestamp": 0}`},
		{`{"a":[1,2.50,-0,1E3,1e16,1e15,0.0001,0.00001,-0.0,1e400,-1e400,123456789012345678901234567890,1.7976931348623157e308,5e-324,0.1,1e22,-12.5e-7]}`,
			`{"a": [1, 2.5, 0, 1000.0, 1e+16, 1000000000000000.0, 0.0001, 1e-05, -0.0, Infinity, -Infinity, 123456789012345678901234567890, 1.7976931348623157e+308, 5e-324, 0.1, 1e+22, -1.25e-06]}`},
		{"{\"b\":{},\"c\":[],\"d\":[true,false,null],\"k\u00e9\":\"\u00e9\U0001F600\u007f\\u001f\\n\\t\\\\ \\\"/\u2028\u00ff\u0100\",\"\uffff\":2,\"\U0001F600\":1}",
			`{"b": {}, "c": [], "d": [true, false, null], "k\u00e9": "\u00e9\ud83d\ude00\u007f\u001f\n\t\\ \"/\u2028\u00ff\u0100", "\uffff": 2, "\ud83d\ude00": 1}`},
	} {
		got, rest, err := appendPyJSON(nil, c.in)
		if err != nil || rest != "" || string(got) != c.want {
			t.Errorf("%s:\n got %s (rest %q, %v)\nwant %s", c.in, got, rest, err, c.want)
		}
	}
	for _, bad := range []string{``, `{`, `{"a"}`, `[1,`, `"x`, `tru`, `{"a":1 `, `{"a":1 }`, `[0x1]`} {
		if _, rest, err := appendPyJSON(nil, bad); err == nil && rest == "" {
			t.Errorf("%q accepted", bad)
		}
	}
}
