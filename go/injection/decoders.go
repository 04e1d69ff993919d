package injection

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Decoders find candidate tokens in the ORIGINAL text (case matters for base64), decode them
// within bounds and rescan the decoded text. The token rules equal the reference's regexes:
//
//	base64:  [A-Za-z0-9+/_-]{16,}={0,2}
//	hex:     (?:\\x[0-9a-fA-F]{2}){4,}|[0-9a-fA-F]{16,}
//	percent: whitespace-delimited tokens with >= 3 %XX escapes
//
// written as loops so they run in linear time without a regex engine.

type span struct{ start, end int } // byte offsets

// Byte classes as tables: token scanning touches every byte of every unit.
var b64Class, hexClass [256]bool

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		b64Class[c] = b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' ||
			b == '+' || b == '/' || b == '_' || b == '-'
		hexClass[c] = b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
	}
}

func isHexByte(c byte) bool { return hexClass[c] }

func isTokenSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func base64Tokens(s string) []span {
	var out []span
	for _, r := range longRuns(s, &b64Class, 16) {
		k := r.end
		for k < len(s) && k-r.end < 2 && s[k] == '=' {
			k++
		}
		out = append(out, span{r.start, k})
	}
	return out
}

// longRuns returns the maximal runs of bytes in class that are at least minLen long, in order.
// It looks at about one byte in minLen/2 on text with short runs: a run of minLen or more
// starting in [i, i+minLen) covers i+minLen-1, so the last byte outside the class at or
// before that position tells where the next run can start.
func longRuns(s string, class *[256]bool, minLen int) []span {
	var out []span
	i := 0 // i == 0 or s[i-1] is not in class
	for i+minLen <= len(s) {
		k := i + minLen - 1
		for k >= i && class[s[k]] {
			k--
		}
		if k >= i {
			i = k + 1
			continue
		}
		j := i + minLen
		for j < len(s) && class[s[j]] {
			j++
		}
		out = append(out, span{i, j})
		i = j + 1 // s[j] is not in class (or j == len(s))
	}
	return out
}

func hexEscapes(s string, i int) int {
	n := 0
	for i+3 < len(s)+0 && s[i] == '\\' && s[i+1] == 'x' && isHexByte(s[i+2]) && isHexByte(s[i+3]) {
		i += 4
		n++
	}
	return n
}

func hexTokens(s string) []span {
	if !strings.Contains(s, "\\x") {
		// No escapes: the tokens are exactly the maximal hex runs of 16 or more.
		return longRuns(s, &hexClass, 16)
	}
	var out []span
	for i := 0; i < len(s); {
		if s[i] == '\\' {
			if n := hexEscapes(s, i); n >= 4 {
				out = append(out, span{i, i + 4*n})
				i += 4 * n
				continue
			}
			i++
			continue
		}
		if !isHexByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isHexByte(s[j]) {
			j++
		}
		if j-i >= 16 {
			out = append(out, span{i, j})
		}
		i = j
	}
	return out
}

func percentTokens(s string) []span {
	if strings.IndexByte(s, '%') < 0 {
		return nil
	}
	var out []span
	tokStart, tokEnd, count := 0, -1, 0
	for i := 0; i < len(s); {
		if !(s[i] == '%' && i+2 < len(s) && isHexByte(s[i+1]) && isHexByte(s[i+2])) {
			i++
			continue
		}
		pos := i
		i += 3
		if pos >= tokEnd {
			if tokEnd >= 0 && count >= minPercentEscapes {
				out = append(out, span{tokStart, tokEnd})
			}
			lo := max(tokEnd, 0)
			tokStart = lo
			for r := pos - 1; r >= lo; r-- {
				if isTokenSpace(s[r]) {
					tokStart = r + 1
					break
				}
			}
			tokEnd = len(s)
			for r := pos; r < len(s); r++ {
				if isTokenSpace(s[r]) {
					tokEnd = r
					break
				}
			}
			count = 0
		}
		count++
	}
	if tokEnd >= 0 && count >= minPercentEscapes {
		out = append(out, span{tokStart, tokEnd})
	}
	return out
}

// decodedOK accepts valid UTF-8 without control characters other than \t \n \r.
func decodedOK(raw []byte) (string, bool) {
	if len(raw) == 0 || !utf8.Valid(raw) {
		return "", false
	}
	for _, c := range raw {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return "", false
		}
	}
	return string(raw), true
}

func decodeBase64(tok string) (string, bool) {
	t := strings.TrimRight(tok, "=")
	url := strings.ContainsAny(t, "-_")
	if url && strings.ContainsAny(t, "+/") {
		return "", false
	}
	r := len(t) % 4
	if r == 1 {
		return "", false
	}
	padded := t + strings.Repeat("=", (4-r)%4)
	enc := base64.StdEncoding
	if url {
		enc = base64.URLEncoding
	}
	raw, err := enc.DecodeString(padded)
	if err != nil {
		return "", false
	}
	return decodedOK(raw)
}

func decodeHex(tok string) (string, bool) {
	h := tok
	if strings.HasPrefix(tok, "\\") {
		h = strings.ReplaceAll(tok, "\\x", "")
	}
	if len(h)%2 != 0 {
		return "", false
	}
	raw, err := hex.DecodeString(h)
	if err != nil {
		return "", false
	}
	return decodedOK(raw)
}

func decodePercent(tok string) (string, bool) {
	raw := make([]byte, 0, len(tok))
	for i := 0; i < len(tok); {
		if tok[i] == '%' && i+2 < len(tok) && isHexByte(tok[i+1]) && isHexByte(tok[i+2]) {
			hi, lo := hexVal(rune(tok[i+1])), hexVal(rune(tok[i+2]))
			raw = append(raw, byte(hi<<4|lo))
			i += 3
			continue
		}
		raw = append(raw, tok[i])
		i++
	}
	return decodedOK(raw)
}

type decoder struct {
	id       string
	encoding string
	tokens   func(string) []span
	decode   func(string) (string, bool)
}

var decoderList = []decoder{
	{"encoded.base64", "base64", base64Tokens, decodeBase64},
	{"encoded.hex", "hex", hexTokens, decodeHex},
	{"encoded.percent", "percent", percentTokens, decodePercent},
}

func (s *scan) decoders(t *textInfo, loc string, depth int, out []Finding) []Finding {
	limit := maxCandidates[min(depth, 1)]
	for _, dec := range decoderList {
		tried := 0
		for _, sp := range dec.tokens(t.s) {
			cs, ce := t.char(sp.start), t.char(sp.end)
			if ce-cs > maxTokenChars {
				continue
			}
			tried++
			if tried > limit {
				break
			}
			decoded, ok := dec.decode(t.s[sp.start:sp.end])
			if !ok {
				continue
			}
			inner := s.scanUnit(newTextInfo(decoded), loc, depth+1)
			if len(inner) > 0 {
				out = s.decodedFindings(out, dec.id, "encoded_payload", "medium", loc, t, cs, ce,
					dec.encoding, inner)
			}
		}
	}
	return out
}
