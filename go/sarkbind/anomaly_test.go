package sarkbind

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

const anomalyTestConfig = `{"lookback_days":30,"min_events":20,"max_principals":100000,"max_tools":64,
"max_locations":32,"max_servers":32,"max_recent":64,"checks":{},
"alert":{"critical_high_count":2,"warning_high_count":1,"warning_medium_count":3,"auto_suspend":false}}`

// mon10 is Monday 2024-01-15 10:00 UTC, SARK's example.
var mon10 = time.Date(2024, 1, 15, 10, 0, 0, 0, time.UTC).UnixNano()

func newTestAnomaly(t *testing.T) int64 {
	t.Helper()
	h, err := AnomalyNew(anomalyTestConfig)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = AnomalyClose(h) })
	return h
}

// sarkHistory is SARK's example baseline as rows: tools 1-3, hours 9-11, Monday to Friday,
// max 500 records, max sensitivity medium, location US-EAST; 30 events.
func sarkHistory() string {
	var rows []string
	for i := range 30 {
		day := time.Date(2024, 1, 8+i%5, 9+i%3, i, 0, 0, time.UTC).UnixNano()
		rows = append(rows, fmt.Sprintf(`["alice",%d,"tool%d","%s",%d,"US-EAST","",""]`,
			day, 1+i%3, []string{"low", "medium"}[i%2], 100+400*(i%2)))
	}
	return "[" + strings.Join(rows, ",") + "]"
}

func TestAnomalyBindingDetectsSARKExample(t *testing.T) {
	h := newTestAnomaly(t)
	if n, err := AnomalyObserveMany(h, mon10, sarkHistory()); err != nil || n != 30 {
		t.Fatalf("observe many: %d %v", n, err)
	}
	out, err := AnomalyDetect(h, mon10, "alice", mon10, "tool1", "medium", 100, "US-EAST", "", "")
	if err != nil || out != "S" {
		t.Fatalf("normal event: %q %v", out, err)
	}
	twoAM := mon10 - 8*int64(time.Hour)
	out, err = AnomalyDetect(h, mon10, "alice", twoAM, "tool1", "critical", 2000, "EU-WEST", "", "")
	if err != nil || out[0] != 'S' {
		t.Fatalf("bad event: %q %v", out, err)
	}
	var rows [][6]any
	if err := json.Unmarshal([]byte(out[1:]), &rows); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, r := range rows {
		types = append(types, r[0].(string))
	}
	want := []string{"unusual_time", "excessive_data", "sensitivity_escalation", "geographic_anomaly", "result_size_outlier"}
	if !reflect.DeepEqual(types, want) {
		t.Fatalf("types %v, want %v", types, want)
	}
	esc := rows[2]
	if esc[1] != "high" || esc[3] != "Sensitivity escalation: critical (baseline max: medium)" || esc[4] != "medium" || esc[5] != "critical" {
		t.Fatalf("escalation row %v", esc)
	}
	if geo := rows[3]; !reflect.DeepEqual(geo[4], []any{"US-EAST"}) {
		t.Fatalf("geographic baseline value %v", geo[4])
	}
	// An unknown principal has too few events: only rapid_requests could run.
	if out, err := AnomalyDetect(h, mon10, "bob", mon10, "x", "", 0, "", "", ""); err != nil || out != "I" {
		t.Fatalf("unknown principal: %q %v", out, err)
	}
}

func TestAnomalyBindingDetectManyFraming(t *testing.T) {
	h := newTestAnomaly(t)
	if _, err := AnomalyObserveMany(h, mon10, sarkHistory()); err != nil {
		t.Fatal(err)
	}
	out, err := AnomalyDetectMany(h, mon10, fmt.Sprintf(`[["alice",%d,"tool1","low",1,"","",""],["alice",%d,"tool9","low",1,"","",""],["carol",%d,"t","",0,"","",""]]`, mon10, mon10, mon10))
	if err != nil {
		t.Fatal(err)
	}
	var rs []any
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if len(rs) != 3 || rs[0] != "S" || rs[2] != "I" {
		t.Fatalf("results %v", rs)
	}
	second, ok := rs[1].([]any)
	if !ok || second[0] != "S" || second[1].([]any)[0].([]any)[0] != "unusual_tool" {
		t.Fatalf("second result %v", rs[1])
	}
}

func TestAnomalyBindingErrorKindsAndNothingChanges(t *testing.T) {
	h := newTestAnomaly(t)
	if _, err := AnomalyObserveMany(h, mon10, sarkHistory()); err != nil {
		t.Fatal(err)
	}
	before, _ := AnomalyExport(h, mon10)
	for _, c := range []struct {
		name, kind string
		call       func() error
	}{
		{"empty principal", kindAnomalyInvalidEvent, func() error {
			_, err := AnomalyObserve(h, mon10, "", mon10, "t", "", 0, "", "", "")
			return err
		}},
		{"future day", kindAnomalyInvalidEvent, func() error {
			_, err := AnomalyObserveAndDetect(h, mon10, "alice", mon10+2*int64(24*time.Hour), "t", "", 0, "", "", "")
			return err
		}},
		{"batch with a bad size", kindAnomalyInvalidEvent, func() error {
			_, err := AnomalyObserveMany(h, mon10, fmt.Sprintf(`[["alice",%d,"t","",1,"","",""],["alice",%d,"t","",-1,"","",""]]`, mon10, mon10))
			return err
		}},
		{"malformed rows", kindInvalidArgument, func() error {
			_, err := AnomalyObserveMany(h, mon10, `[["alice",1,"t"]]`)
			return err
		}},
		{"newer state", kindAnomalyUnsupportedVersion, func() error {
			_, err := AnomalyImport(h, mon10, `{"format":"sark-accel/anomaly-state","version":2}`, false)
			return err
		}},
		{"corrupt state", kindAnomalyInvalidState, func() error {
			_, err := AnomalyImport(h, mon10, strings.Replace(before, `"events":`, `"events":9`, 1), true)
			return err
		}},
		{"unknown config field", kindInvalidArgument, func() error {
			_, err := AnomalyNew(`{"lookback":3}`)
			return err
		}},
		{"bad option", kindInvalidArgument, func() error {
			_, err := AnomalyNew(strings.Replace(anomalyTestConfig, `"lookback_days":30`, `"lookback_days":0`, 1))
			return err
		}},
	} {
		err := c.call()
		if err == nil || !strings.HasPrefix(err.Error(), "sark:"+c.kind+":") {
			t.Errorf("%s: error %v, want kind %s", c.name, err, c.kind)
		}
	}
	if after, _ := AnomalyExport(h, mon10); after != before {
		t.Fatal("a refused call changed the state")
	}
	_, _ = AnomalyClose(h)
	if _, err := AnomalyStats(h); err == nil || !strings.HasPrefix(err.Error(), "sark:closed:") {
		t.Fatalf("after close: %v", err)
	}
}

func TestAnomalyBindingExportImportMergeAndBaseline(t *testing.T) {
	a, b, whole := newTestAnomaly(t), newTestAnomaly(t), newTestAnomaly(t)
	all := sarkHistory()
	rows := strings.Split(all[1:len(all)-1], "],[")
	half := len(rows) / 2
	first := "[" + strings.Join(rows[:half], "],[") + "]]"
	second := "[[" + strings.Join(rows[half:], "],[") + "]"
	for _, c := range []struct {
		h    int64
		rows string
	}{{a, first}, {b, second}, {whole, all}} {
		if _, err := AnomalyObserveMany(c.h, mon10, c.rows); err != nil {
			t.Fatal(err)
		}
	}
	sa, _ := AnomalyExport(a, mon10)
	sb, _ := AnomalyExport(b, mon10)
	sw, _ := AnomalyExport(whole, mon10)
	merged := newTestAnomaly(t)
	for _, s := range []string{sa, sb} {
		if _, err := AnomalyImport(merged, mon10, s, true); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := AnomalyExport(merged, mon10); got != sw {
		t.Fatalf("merge of the halves differs from the whole:\n%s\n%s", got, sw)
	}
	got, err := AnomalyBaseline(merged, mon10, `"alice"`)
	if err != nil {
		t.Fatal(err)
	}
	var bl map[string]any
	if err := json.Unmarshal([]byte(got), &bl); err != nil {
		t.Fatal(err)
	}
	if bl["max_sensitivity_level"] != "medium" || bl["max_records_per_query"] != 500.0 || bl["event_count"] != 30.0 ||
		!reflect.DeepEqual(bl["typical_hours"], []any{9.0, 10.0, 11.0}) || !reflect.DeepEqual(bl["servers"], []any{}) {
		t.Fatalf("baseline %v", bl)
	}
	// The batch path gives the same baseline from the same events.
	if batch, err := AnomalyBuildBaseline(all, 30); err != nil || batch != got {
		t.Fatalf("BuildBaseline %q %v\nonline %q", batch, err, got)
	}
	if out, err := AnomalyDetectAgainst(anomalyTestConfig, got, fmt.Sprintf(`[["alice",%d,"tool7","",0,"","",""]]`, mon10)); err != nil || !strings.HasPrefix(out, `S[["unusual_tool"`) {
		t.Fatalf("DetectAgainst %q %v", out, err)
	}
	if none, err := AnomalyBaseline(merged, mon10, `"nobody"`); none != "" || err != nil {
		t.Fatalf("unknown principal %q %v", none, err)
	}
}

// Eight goroutines observing into one detector through the binding lose nothing.
func TestAnomalyBindingConcurrentObserve(t *testing.T) {
	h := newTestAnomaly(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				p := fmt.Sprintf("p%d", i%5)
				if _, err := AnomalyObserve(h, mon10, p, mon10-int64(g*1000+i), "t", "", 1, "", "", ""); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	st, _ := AnomalyStats(h)
	if !strings.Contains(st, `"observed":1600`) || !strings.Contains(st, `"principals":5`) {
		t.Fatalf("stats %s", st)
	}
}

// FuzzDecodeEvents holds the row scanner to encoding/json: whatever it accepts, json reads as
// the same rows; whatever json reads as well-typed rows, it accepts.
func FuzzDecodeEvents(f *testing.F) {
	f.Add(`[["a",1,"t","low",2,"l","s","r"]]`)
	f.Add(` [ [ "a\u00e9\"" , -5 , "t" , "" , 0 , "" , "" , "" ] , ["b",2,"x","high",3,"","",""] ] `)
	f.Add(`[]`)
	f.Add(`[["a",1,"t","",01,"","",""]]`)
	f.Fuzz(func(t *testing.T, text string) {
		got, err := decodeEvents(text)
		var rows [][]json.RawMessage
		jsonErr := json.Unmarshal([]byte(text), &rows)
		var want []anomaly.Event
		for _, r := range rows {
			var ev anomaly.Event
			var sens string
			if len(r) != 8 {
				jsonErr = fmt.Errorf("row of %d", len(r))
				break
			}
			for k, dst := range []any{&ev.Principal, &ev.Timestamp, &ev.Tool, &sens, &ev.ResultSize, &ev.Location, &ev.Server, &ev.RequestID} {
				raw := strings.TrimSpace(string(r[k]))
				if raw == "null" || raw == "" || strings.ContainsAny(raw, ".eE+") && raw[0] != '"' {
					jsonErr = fmt.Errorf("not a plain string or integer: %s", raw)
				} else if e := json.Unmarshal(r[k], dst); e != nil {
					jsonErr = e
				}
			}
			ev.Sensitivity = anomaly.ParseSensitivity(sens)
			want = append(want, ev)
		}
		if !utf8.ValidString(text) {
			return // json replaces invalid UTF-8, the scanner passes it on: the engine refuses it
		}
		if (err == nil) != (jsonErr == nil) {
			t.Fatalf("%q: scanner error %v, json error %v", text, err, jsonErr)
		}
		if err == nil && len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: scanner %+v, json %+v", text, got, want)
		}
	})
}
