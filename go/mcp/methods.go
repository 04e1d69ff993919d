package mcp

import "strings"

// The methods of every MCP revision the pinned SDK (mcp-types 2.3.0) speaks, the revisions
// that define each, and the params each requires. A parent field precedes its children; a
// child is checked only when its parent is present and is an object. The order of the fields
// is the order of the checks (it decides which error is reported). tests/data/mcp/revisions.jsonl
// (tools/gen_mcp_revisions.py, from the SDK's own models) checks this table.

// ProtocolVersions are the MCP revisions whose methods are known, oldest first: four reached
// by the initialize handshake, then 2026-07-28 (a stateless envelope in every request's _meta).
var ProtocolVersions = []string{"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"}

// ProtocolVersion is the newest revision known.
const ProtocolVersion = "2026-07-28"

// MetaProtocolVersion is the _meta key of a 2026-07-28 request that names its revision.
const MetaProtocolVersion = "io.modelcontextprotocol/protocolVersion"

// revSet is a set of revisions, bit i for ProtocolVersions[i].
type revSet uint8

const (
	rev20241105 revSet = 1 << iota
	rev20250326
	rev20250618
	rev20251125
	rev20260728

	handshakeRevs = rev20241105 | rev20250326 | rev20250618 | rev20251125
	allRevs       = handshakeRevs | rev20260728
)

// revisionOf returns the revision named v, or 0 for a name no revision has.
func revisionOf(v string) revSet {
	for i, name := range ProtocolVersions {
		if v == name {
			return 1 << i
		}
	}
	return 0
}

type fieldType uint8

const (
	tString fieldType = iota
	tObject
	tInteger
	tNumber
	tID
	tLevel
	tStringMap
	tObjectArray
	tAny
)

var typeDesc = [...]string{
	tString:      "a string",
	tObject:      "an object",
	tInteger:     "an integer",
	tNumber:      "a number",
	tID:          "a string or an integer",
	tLevel:       "a logging level",
	tStringMap:   "an object of strings",
	tObjectArray: "an array of objects",
}

var logLevels = map[string]bool{
	"debug": true, "info": true, "notice": true, "warning": true,
	"error": true, "critical": true, "alert": true, "emergency": true,
}

type field struct {
	path     []string
	typ      fieldType
	required bool
	name     string // "params.a.b", for error reasons
}

type schema struct {
	fields      []field // including the _meta fields
	needsParams bool
	// urlMode is the shape when params.mode is "url" (elicitation/create's URL form), or nil.
	urlMode *schema
}

func f(typ fieldType, required bool, path ...string) field {
	name := "params"
	for _, p := range path {
		name += "." + p
	}
	return field{path: path, typ: typ, required: required, name: name}
}

var (
	cursorFields = []field{f(tString, false, "cursor")}
	uriFields    = []field{f(tString, true, "uri")}
	taskFields   = []field{f(tString, true, "taskId")}
	metaFields   = []field{f(tObject, false, "_meta"), f(tID, false, "_meta", "progressToken")}
	// A 2026-07-28 request names its revision and the client's capabilities in _meta.
	envelopeMetaFields = []field{
		f(tObject, true, "_meta"),
		f(tID, false, "_meta", "progressToken"),
		f(tString, true, "_meta", MetaProtocolVersion),
		f(tObject, true, "_meta", "io.modelcontextprotocol/clientCapabilities"),
		f(tObject, false, "_meta", "io.modelcontextprotocol/clientInfo"),
		f(tString, true, "_meta", "io.modelcontextprotocol/clientInfo", "name"),
		f(tString, true, "_meta", "io.modelcontextprotocol/clientInfo", "version"),
		f(tLevel, false, "_meta", "io.modelcontextprotocol/logLevel"),
	}
	elicitURLFields = []field{
		f(tString, true, "message"), f(tString, true, "mode"), f(tString, true, "url"), f(tString, true, "elicitationId"),
	}
)

type methodDef struct {
	revs   revSet
	fields []field
}

var methodTable = map[string]methodDef{
	"initialize": {handshakeRevs, []field{
		f(tString, true, "protocolVersion"),
		f(tObject, true, "capabilities"),
		f(tObject, true, "clientInfo"),
		f(tString, true, "clientInfo", "name"),
		f(tString, true, "clientInfo", "version"),
		f(tString, false, "clientInfo", "title"),
	}},
	"ping":                     {handshakeRevs, nil},
	"tools/list":               {allRevs, cursorFields},
	"tools/call":               {allRevs, []field{f(tString, true, "name"), f(tObject, false, "arguments")}},
	"resources/list":           {allRevs, cursorFields},
	"resources/read":           {allRevs, uriFields},
	"resources/templates/list": {allRevs, cursorFields},
	"resources/subscribe":      {handshakeRevs, uriFields},
	"resources/unsubscribe":    {handshakeRevs, uriFields},
	"prompts/list":             {allRevs, cursorFields},
	"prompts/get":              {allRevs, []field{f(tString, true, "name"), f(tStringMap, false, "arguments")}},
	"completion/complete": {allRevs, []field{
		f(tObject, true, "ref"),
		f(tString, true, "ref", "type"),
		f(tObject, true, "argument"),
		f(tString, true, "argument", "name"),
		f(tString, true, "argument", "value"),
		f(tObject, false, "context"),
		f(tStringMap, false, "context", "arguments"),
	}},
	"logging/setLevel": {handshakeRevs, []field{f(tLevel, true, "level")}},
	"sampling/createMessage": {handshakeRevs, []field{
		f(tObjectArray, true, "messages"),
		f(tInteger, true, "maxTokens"),
		f(tString, false, "systemPrompt"),
		f(tString, false, "includeContext"),
		f(tNumber, false, "temperature"),
		f(tObject, false, "modelPreferences"),
		f(tObject, false, "metadata"),
	}},
	"elicitation/create": {rev20250618 | rev20251125, []field{ // the form mode; see urlMode
		f(tString, true, "message"),
		f(tObject, true, "requestedSchema"),
		f(tObject, true, "requestedSchema", "properties"),
	}},
	"roots/list":                {handshakeRevs, nil},
	"tasks/get":                 {rev20251125, taskFields},
	"tasks/result":              {rev20251125, taskFields},
	"tasks/cancel":              {rev20251125, taskFields},
	"tasks/list":                {rev20251125, cursorFields},
	"server/discover":           {rev20260728, nil},
	"subscriptions/listen":      {rev20260728, []field{f(tObject, true, "notifications")}},
	"notifications/initialized": {handshakeRevs, nil},
	// 2025-11-25's schema (the SDK's for every handshake revision) has requestId optional.
	"notifications/cancelled": {allRevs, []field{f(tID, false, "requestId"), f(tString, false, "reason")}},
	"notifications/progress": {allRevs, []field{
		f(tID, true, "progressToken"),
		f(tNumber, true, "progress"),
		f(tNumber, false, "total"),
		f(tString, false, "message"),
	}},
	"notifications/message": {allRevs, []field{
		f(tLevel, true, "level"),
		f(tAny, true, "data"),
		f(tString, false, "logger"),
	}},
	"notifications/resources/updated":      {allRevs, uriFields},
	"notifications/resources/list_changed": {allRevs, nil},
	"notifications/tools/list_changed":     {allRevs, nil},
	"notifications/prompts/list_changed":   {allRevs, nil},
	"notifications/roots/list_changed":     {handshakeRevs, nil},
	"notifications/elicitation/complete":   {rev20251125, []field{f(tString, true, "elicitationId")}},
	"notifications/tasks/status": {rev20251125, []field{
		f(tString, true, "taskId"),
		f(tString, true, "status"),
		f(tString, true, "createdAt"),
		f(tString, true, "lastUpdatedAt"),
		f(tAny, true, "ttl"),
		f(tInteger, false, "pollInterval"),
		f(tString, false, "statusMessage"),
	}},
	"notifications/subscriptions/acknowledged": {rev20260728, []field{f(tObject, true, "notifications")}},
}

// modernFields are 2026-07-28's fields where they differ from the handshake revisions'.
var modernFields = map[string][]field{
	"notifications/cancelled": {f(tID, true, "requestId"), f(tString, false, "reason")},
}

// method is a known method: the revisions that define it and its two shapes.
type method struct {
	revs revSet
	// handshake: the params as the revisions before 2026-07-28 have them (the SDK checks them
	// all with the 2025-11-25 schema). modern: as 2026-07-28 has them (a request's with the
	// envelope in _meta), nil for a method 2026-07-28 lacks.
	handshake, modern *schema
}

func newSchema(fs, meta []field) *schema {
	s := &schema{fields: append(append([]field(nil), fs...), meta...)}
	for _, x := range s.fields {
		s.needsParams = s.needsParams || x.required && len(x.path) == 1
	}
	return s
}

var methods = func() map[string]*method {
	m := make(map[string]*method, len(methodTable))
	for name, def := range methodTable {
		k := &method{revs: def.revs, handshake: newSchema(def.fields, metaFields)}
		if def.revs&rev20260728 != 0 {
			fs, meta := def.fields, envelopeMetaFields
			if mf, ok := modernFields[name]; ok {
				fs = mf
			}
			if isNotification(name) {
				meta = metaFields
			}
			k.modern = newSchema(fs, meta)
		}
		m[name] = k
	}
	m["elicitation/create"].handshake.urlMode = newSchema(elicitURLFields, metaFields)
	return m
}()

func isNotification(name string) bool { return strings.HasPrefix(name, "notifications/") }

// schemaFor returns the shape of the method's params in revision rev (0: the message does not
// name a known revision; it is then taken as 2026-07-28's only for a method no earlier one has).
func (k *method) schemaFor(rev revSet) *schema {
	if k.modern != nil && (rev == rev20260728 || rev == 0 && k.revs == rev20260728) || k.handshake == nil {
		return k.modern
	}
	return k.handshake
}

// KnownMethods returns the method names validated beyond the envelope: those of every revision.
func KnownMethods() []string {
	out := make([]string, 0, len(methods))
	for k := range methods {
		out = append(out, k)
	}
	return out
}

// MethodRevisions returns the revisions (of ProtocolVersions) that define a method, oldest
// first; none for a method no revision defines.
func MethodRevisions(name string) []string {
	k, ok := methods[name]
	if !ok {
		return nil
	}
	var out []string
	for i, v := range ProtocolVersions {
		if k.revs&(1<<i) != 0 {
			out = append(out, v)
		}
	}
	return out
}
