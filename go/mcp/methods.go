package mcp

// The known methods of MCP 2025-06-18 and the params each requires. A parent field precedes
// its children; a child is checked only when its parent is present and is an object. The
// order of the fields is the order of the checks (it decides which error is reported).

// ProtocolVersion is the MCP specification revision whose method params are validated.
const ProtocolVersion = "2025-06-18"

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
	metaFields   = []field{f(tObject, false, "_meta"), f(tID, false, "_meta", "progressToken")}
)

var methodFields = map[string][]field{
	"initialize": {
		f(tString, true, "protocolVersion"),
		f(tObject, true, "capabilities"),
		f(tObject, true, "clientInfo"),
		f(tString, true, "clientInfo", "name"),
		f(tString, true, "clientInfo", "version"),
		f(tString, false, "clientInfo", "title"),
	},
	"ping":                     nil,
	"tools/list":               cursorFields,
	"tools/call":               {f(tString, true, "name"), f(tObject, false, "arguments")},
	"resources/list":           cursorFields,
	"resources/read":           uriFields,
	"resources/templates/list": cursorFields,
	"resources/subscribe":      uriFields,
	"resources/unsubscribe":    uriFields,
	"prompts/list":             cursorFields,
	"prompts/get":              {f(tString, true, "name"), f(tStringMap, false, "arguments")},
	"completion/complete": {
		f(tObject, true, "ref"),
		f(tString, true, "ref", "type"),
		f(tObject, true, "argument"),
		f(tString, true, "argument", "name"),
		f(tString, true, "argument", "value"),
		f(tObject, false, "context"),
		f(tStringMap, false, "context", "arguments"),
	},
	"logging/setLevel": {f(tLevel, true, "level")},
	"sampling/createMessage": {
		f(tObjectArray, true, "messages"),
		f(tInteger, true, "maxTokens"),
		f(tString, false, "systemPrompt"),
		f(tString, false, "includeContext"),
		f(tNumber, false, "temperature"),
		f(tObject, false, "modelPreferences"),
		f(tObject, false, "metadata"),
	},
	"elicitation/create": {
		f(tString, true, "message"),
		f(tObject, true, "requestedSchema"),
		f(tObject, true, "requestedSchema", "properties"),
	},
	"roots/list":                nil,
	"notifications/initialized": nil,
	"notifications/cancelled":   {f(tID, true, "requestId"), f(tString, false, "reason")},
	"notifications/progress": {
		f(tID, true, "progressToken"),
		f(tNumber, true, "progress"),
		f(tNumber, false, "total"),
		f(tString, false, "message"),
	},
	"notifications/message": {
		f(tLevel, true, "level"),
		f(tAny, true, "data"),
		f(tString, false, "logger"),
	},
	"notifications/resources/updated":      uriFields,
	"notifications/resources/list_changed": nil,
	"notifications/tools/list_changed":     nil,
	"notifications/prompts/list_changed":   nil,
	"notifications/roots/list_changed":     nil,
}

var schemas = func() map[string]*schema {
	m := make(map[string]*schema, len(methodFields))
	for name, fs := range methodFields {
		s := &schema{}
		for _, x := range fs {
			s.needsParams = s.needsParams || x.required
		}
		s.fields = append(append(s.fields, fs...), metaFields...)
		m[name] = s
	}
	return m
}()

// KnownMethods returns the method names validated beyond the envelope.
func KnownMethods() []string {
	out := make([]string, 0, len(schemas))
	for k := range schemas {
		out = append(out, k)
	}
	return out
}
