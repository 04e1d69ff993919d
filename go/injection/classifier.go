package injection

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"unicode/utf8"
)

// The compiled linear classifier: hashed n-gram features of the normalised text and a
// logistic-regression model trained offline (tools/train_injection_classifier.py). The
// reference is sark_accel/injection/_classifier.py; both read classifier.bin, compute the
// features in the same order and sum them in the same order, so the logit is the same
// float64 bit for bit (only exp in the sigmoid may differ in the last place). Features:
//
//   - words (maximal runs of a-z, 0-9 and code points above U+007F): unigrams, and bigrams
//     joined by one space;
//   - character n-grams of CharMin..CharMax code points;
//   - 64-bit FNV-1a over a tag byte (1 word, 2 bigram, 3 character n-gram) and the UTF-8
//     bytes; bucket = (h ^ h>>32) & (2^bits - 1);
//   - value sqrt(count) (sqrt is correctly rounded in both languages, unlike log), L2-normalised.

//go:embed classifier.bin
var classifierBin []byte

// ErrInvalidModel: a classifier model file is malformed.
var ErrInvalidModel = errors.New("invalid classifier model")

const (
	classifierMagic  = "SARKCLF1"
	classifierHeader = 28 // magic, bits, char min, char max (uint32 each), bias (float64)
	fnvOffset        = 0xcbf29ce484222325
	fnvPrime         = 0x100000001b3
	tagWord          = 1
	tagBigram        = 2
	tagChar          = 3
	// TopNGrams is how many contributing n-grams a Verdict reports.
	TopNGrams = 3
)

// Classifier holds a model's weights; Classify is safe for concurrent use.
type Classifier struct {
	bits             uint
	charMin, charMax int
	bias             float64
	weights          []float32
	counters         sync.Pool // *featureCounts sized for this model
}

// Contribution is an n-gram (as it first appears in the normalised text) and its share of
// the logit.
type Contribution struct {
	NGram  string
	Weight float64
}

// Verdict is the classifier's answer for one text.
type Verdict struct {
	Probability float64
	Logit       float64
	Top         []Contribution // the largest positive contributions, largest first
}

// LoadClassifier parses a model file (the format of classifier.bin).
func LoadClassifier(data []byte) (*Classifier, error) {
	if len(data) < classifierHeader || string(data[:8]) != classifierMagic {
		return nil, fmt.Errorf("%w: not a %s file", ErrInvalidModel, classifierMagic)
	}
	le := binary.LittleEndian
	bits, cmin, cmax := le.Uint32(data[8:]), le.Uint32(data[12:]), le.Uint32(data[16:])
	bias := math.Float64frombits(le.Uint64(data[20:]))
	if bits < 8 || bits > 24 || cmin < 1 || cmin > cmax || cmax > 8 || math.IsNaN(bias) || math.IsInf(bias, 0) {
		return nil, fmt.Errorf("%w: header out of range", ErrInvalidModel)
	}
	if len(data) != classifierHeader+4<<bits {
		return nil, fmt.Errorf("%w: wrong size for its bucket count", ErrInvalidModel)
	}
	w := make([]float32, 1<<bits)
	for i := range w {
		w[i] = math.Float32frombits(le.Uint32(data[classifierHeader+4*i:]))
		if f := float64(w[i]); math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%w: weight not finite", ErrInvalidModel)
		}
	}
	return &Classifier{bits: uint(bits), charMin: int(cmin), charMax: int(cmax), bias: bias, weights: w}, nil
}

// DefaultClassifier is the shipped model, parsed once.
var DefaultClassifier = sync.OnceValue(func() *Classifier {
	c, err := LoadClassifier(classifierBin)
	if err != nil {
		panic("injection: embedded classifier.bin: " + err.Error())
	}
	return c
})

// ClassifyText normalises text as the scanner does, then classifies it.
func (c *Classifier) ClassifyText(text string) Verdict {
	s := sanitize(text)
	return c.Classify(string(loadCharTable().normalize(make([]byte, 0, len(s)), s)))
}

// featureCounts counts buckets: count[b] in a table as large as the model (one memory access
// per feature), and the buckets in first-seen order. Kept in a pool; only touched counts are
// reset.
type featureCounts struct {
	count   []int32
	entries []firstSeen
}

type firstSeen struct {
	bucket     uint32
	start, end int32 // byte span of the first feature that hit the bucket
}

func (f *featureCounts) add(h uint64, mask uint64, start, end int) {
	b := uint32((h ^ h>>32) & mask)
	c := f.count[b]
	if c == 0 {
		f.entries = append(f.entries, firstSeen{bucket: b, start: int32(start), end: int32(end)})
	}
	f.count[b] = c + 1
}

func isWordByte(b byte) bool { return b >= 0x80 || 'a' <= b && b <= 'z' || '0' <= b && b <= '9' }

func fnvBytes(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func fnvTag(tag byte) uint64 { return (fnvOffset ^ uint64(tag)) * fnvPrime }

// countASCII3to5 is count for ASCII text (every byte a character) and the shipped model's
// character n-grams of 3 to 5: the same features in the same order, with the three hashes of
// each position written out, the state in locals and no call in the loop (entries is grown
// beforehand), so that Go keeps the state in registers. The general loop spends most of its
// time on character-boundary checks and on variables spilled to the stack.
func (c *Classifier) countASCII3to5(norm string, f *featureCounts) {
	count := f.count
	// At most 3 n-grams per character and a word and a bigram per two characters.
	ents := slices.Grow(f.entries[:0], min(len(count), 4*len(norm)+2))
	ents = ents[:cap(ents)]
	mask := uint32(len(count) - 1)
	charStart := fnvTag(tagChar)
	n, wordStart, prevStart := 0, -1, -1
	var bigramSeed uint64 // the previous word and a space, hashed as the next bigram's beginning
	for i := 0; i < len(norm); i++ {
		if i+5 <= len(norm) {
			g := norm[i : i+5]
			h := (((charStart ^ uint64(g[0])) * fnvPrime) ^ uint64(g[1])) * fnvPrime
			h3 := (h ^ uint64(g[2])) * fnvPrime
			h4 := (h3 ^ uint64(g[3])) * fnvPrime
			h5 := (h4 ^ uint64(g[4])) * fnvPrime
			n = tally(count, ents, n, mask, h3, i, i+3)
			n = tally(count, ents, n, mask, h4, i, i+4)
			n = tally(count, ents, n, mask, h5, i, i+5)
		} else { // the last four characters: the n-grams that still fit
			h := charStart
			for p := i; p < len(norm); p++ {
				h = (h ^ uint64(norm[p])) * fnvPrime
				if p-i >= 2 {
					n = tally(count, ents, n, mask, h, i, p+1)
				}
			}
		}
		if !isWordByte(norm[i]) {
			continue
		}
		if wordStart < 0 {
			wordStart = i
		}
		if i+1 < len(norm) && isWordByte(norm[i+1]) {
			continue
		}
		word := norm[wordStart : i+1]
		n = tally(count, ents, n, mask, fnvBytes(fnvTag(tagWord), word), wordStart, i+1)
		if prevStart >= 0 {
			n = tally(count, ents, n, mask, fnvBytes(bigramSeed, word), prevStart, i+1)
		}
		bigramSeed = (fnvBytes(fnvTag(tagBigram), word) ^ ' ') * fnvPrime
		prevStart, wordStart = wordStart, -1
	}
	f.entries = ents[:n]
}

// tally counts the bucket of hash h; a bucket seen for the first time becomes ents[n]. It
// returns the new number of entries.
func tally(count []int32, ents []firstSeen, n int, mask uint32, h uint64, start, end int) int {
	b := uint32(h^h>>32) & mask
	c := count[b]
	count[b] = c + 1
	if c == 0 {
		ents[n] = firstSeen{bucket: b, start: int32(start), end: int32(end)}
		n++
	}
	return n
}

// count reads norm once: at each character, the character n-grams starting there, then the
// word (and bigram) ending there.
func (c *Classifier) count(norm string, f *featureCounts) {
	mask := uint64(1)<<c.bits - 1
	charStart := fnvTag(tagChar)
	wordStart, prevStart, prevEnd := -1, -1, -1
	for i := 0; i < len(norm); {
		h, k, p := charStart, 0, i
		for p < len(norm) && k < c.charMax {
			h = (h ^ uint64(norm[p])) * fnvPrime
			p++
			if p < len(norm) && !utf8.RuneStart(norm[p]) {
				continue // inside a character
			}
			if k++; k >= c.charMin {
				f.add(h, mask, i, p)
			}
		}
		next := i + 1
		for next < len(norm) && !utf8.RuneStart(norm[next]) {
			next++
		}
		if isWordByte(norm[i]) {
			if wordStart < 0 {
				wordStart = i
			}
			if next == len(norm) || !isWordByte(norm[next]) {
				word := norm[wordStart:next]
				f.add(fnvBytes(fnvTag(tagWord), word), mask, wordStart, next)
				if prevStart >= 0 {
					h := fnvBytes(fnvBytes(fnvTag(tagBigram), norm[prevStart:prevEnd]), " ")
					f.add(fnvBytes(h, word), mask, prevStart, next)
				}
				prevStart, prevEnd, wordStart = wordStart, next, -1
			}
		}
		i = next
	}
}

// Classify returns the probability that norm (normalised text; invalid UTF-8 is read as one
// U+FFFD per byte, like the scanner) is an injection, and the n-grams that pushed it up most.
// Time is linear in the text; memory is one entry per distinct bucket plus the pooled count
// table.
func (c *Classifier) Classify(norm string) Verdict {
	if !utf8.ValidString(norm) {
		norm = sanitize(norm)
	}
	f, _ := c.counters.Get().(*featureCounts)
	if f == nil {
		f = &featureCounts{count: make([]int32, 1<<c.bits)}
	}
	defer c.release(f)
	if c.charMin == 3 && c.charMax == 5 && isASCII(norm) {
		c.countASCII3to5(norm, f)
	} else {
		c.count(norm, f)
	}
	if len(f.entries) == 0 {
		return Verdict{Probability: sigmoid(c.bias), Logit: c.bias}
	}
	total := 0 // the number of features
	for _, e := range f.entries {
		total += int(f.count[e.bucket])
	}
	norm2 := math.Sqrt(float64(total))
	var dot float64
	var top [TopNGrams]struct {
		x float64
		e *firstSeen
	}
	for i := range f.entries {
		e := &f.entries[i]
		// float64(...) rounds the product: no fused multiply-add, as in Python.
		x := float64(math.Sqrt(float64(f.count[e.bucket])) * float64(c.weights[e.bucket]))
		dot += x
		if x <= 0 {
			continue
		}
		share := x / norm2
		for j := range top { // entries come in first-seen order: a tie keeps the earlier one
			if top[j].e == nil || share > top[j].x {
				copy(top[j+1:], top[j:len(top)-1])
				top[j].x, top[j].e = share, e
				break
			}
		}
	}
	logit := dot/norm2 + c.bias
	v := Verdict{Probability: sigmoid(logit), Logit: logit}
	for _, t := range top {
		if t.e == nil {
			break
		}
		v.Top = append(v.Top, Contribution{NGram: norm[t.e.start:t.e.end], Weight: t.x})
	}
	return v
}

func (c *Classifier) release(f *featureCounts) {
	for _, e := range f.entries {
		f.count[e.bucket] = 0
	}
	f.entries = f.entries[:0]
	c.counters.Put(f)
}

// sigmoid has two branches so that exp never overflows; the reference has the same two.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
