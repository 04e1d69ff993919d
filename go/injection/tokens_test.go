package injection

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// The token finders before longRuns, kept as the specification of the fast ones.
func base64TokensSimple(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if !b64Class[s[i]] {
			i++
			continue
		}
		j := i
		for j < len(s) && b64Class[s[j]] {
			j++
		}
		if j-i >= 16 {
			k := j
			for k < len(s) && k-j < 2 && s[k] == '=' {
				k++
			}
			out = append(out, span{i, k})
			i = k
			continue
		}
		i = j
	}
	return out
}

func hexTokensSimple(s string) []span {
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

func TestTokenFindersEqualSimple(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "f", "0", "9", "Z", "+", "/", "-", "_", "=", " ", "\\x", "%", "g", "\n", "é", "ab12", "deadbeef"}
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.IntN(80); k > 0; k-- {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		if rng.IntN(4) == 0 {
			b = append(b, []byte("0123456789abcdef0123")[:rng.IntN(21)]...)
		}
		s := string(b)
		if got, want := base64Tokens(s), base64TokensSimple(s); !slices.Equal(got, want) {
			t.Fatalf("base64Tokens(%q) = %v, want %v", s, got, want)
		}
		if got, want := hexTokens(s), hexTokensSimple(s); !slices.Equal(got, want) {
			t.Fatalf("hexTokens(%q) = %v, want %v", s, got, want)
		}
	}
}
