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
// float64 bit for bit (only exp in the sigmoid may differ in the last place).
//
// Features (model format SARKCLF2), over the UTF-8 bytes of the normalised text, counted in
// this order:
//
//   - for each character n-gram length n of the model, ascending, every run of n bytes, left
//     to right (bytes, not code points: a multi-byte character needs no special case, so the
//     loop is a rolling 64-bit window); its key is the bytes packed big-endian with n in the
//     top byte, n<<56 | b[i]<<8(n-1) | ... | b[i+n-1];
//   - then the words, left to right (a word is a maximal run of the bytes a-z, 0-9 and
//     0x80-0xFF, so any non-ASCII character is word material): a word's key is the 64-bit
//     FNV-1a of its bytes; if the model has bigrams, each word after the first also gives the
//     key (previous word's key * FNV prime) ^ key.
//
// A key's bucket is one multiply away: (key * 0x9E3779B97F4A7C15) >> (64 - bits) (Fibonacci
// hashing, the product's top bits; no per-byte hash chain). The value of a bucket counted c
// times is sqrt(c) (sqrt is correctly rounded in both languages, unlike log), L2-normalised;
// the logit is the sum of sqrt(c) * weight over buckets in first-seen order, divided by the
// norm, plus the bias. Top n-grams are reported widened to whole characters.

//go:embed classifier.bin
var classifierBin []byte

// ErrInvalidModel: a classifier model file is malformed.
var ErrInvalidModel = errors.New("invalid classifier model")

const (
	classifierMagic  = "SARKCLF2"
	classifierHeader = 28 // magic, bits, n-gram lengths, word n-grams (uint32 each), bias (float64)
	fnvOffset        = 0xcbf29ce484222325
	fnvPrime         = 0x100000001b3
	bucketMul        = 0x9e3779b97f4a7c15
	maxGram          = 7 // the n-gram and its length share one 64-bit key
	// TopNGrams is how many contributing n-grams a Verdict reports.
	TopNGrams = 3
)

// Classifier holds a model's weights; Classify is safe for concurrent use.
type Classifier struct {
	bits    uint
	grams   []int // character n-gram lengths in bytes, ascending
	words   bool  // word unigrams
	bigrams bool  // word bigrams too
	bias    float64
	weights []float32
	// shipped: the shipped model's shape (4-grams, words and bigrams, 2^shippedBits buckets),
	// which count4GramsShipped and countWordsShipped count faster.
	shipped bool
	// counters is a pool of *featureCounts sized for this model.
	counters sync.Pool
}

// Contribution is an n-gram (as it first appears in the normalised text, widened to whole
// characters) and its share of the logit.
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

// LoadClassifier parses a model file (the format of classifier.bin): the magic SARKCLF2,
// then little-endian uint32 bits (8..24), uint32 n-gram lengths (bit n set: n-grams of n
// bytes, n in 1..7), uint32 word n-grams (0 none, 1 unigrams, 2 unigrams and bigrams), float64 bias
// and 2^bits float32 weights.
func LoadClassifier(data []byte) (*Classifier, error) {
	if len(data) < classifierHeader || string(data[:8]) != classifierMagic {
		return nil, fmt.Errorf("%w: not a %s file", ErrInvalidModel, classifierMagic)
	}
	le := binary.LittleEndian
	bits, gramMask, words := le.Uint32(data[8:]), le.Uint32(data[12:]), le.Uint32(data[16:])
	bias := math.Float64frombits(le.Uint64(data[20:]))
	if bits < 8 || bits > 24 || gramMask&^(1<<(maxGram+1)-2) != 0 || words > 2 ||
		math.IsNaN(bias) || math.IsInf(bias, 0) {
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
	c := &Classifier{bits: uint(bits), words: words >= 1, bigrams: words == 2, bias: bias, weights: w}
	for n := 1; n <= maxGram; n++ {
		if gramMask&(1<<n) != 0 {
			c.grams = append(c.grams, n)
		}
	}
	c.shipped = c.bits == shippedBits && slices.Equal(c.grams, []int{4}) && c.bigrams
	return c, nil
}

// DefaultClassifier is the shipped general model (classifier.bin, KindUnknown's), parsed once.
func DefaultClassifier() *Classifier { return ClassifierFor(KindUnknown) }

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

// count tallies norm's features in the order of the definition: one pass per n-gram length,
// then one for the words. Each pass is a short loop whose state Go keeps in registers. It
// returns the number of features (the sum of the counts), or -1 when it did not count them.
func (c *Classifier) count(norm string, f *featureCounts) (features int) {
	// At most one feature per n-gram length per byte, and a word and a bigram per two bytes.
	ents := slices.Grow(f.entries[:0], min(len(f.count), (len(c.grams)+1)*len(norm)+1))
	ents = ents[:cap(ents)]
	if c.shipped { // constants free registers for the loops
		n := count4GramsShipped(f.count, ents, 0, norm)
		n, words := countWordsShipped(f.count, ents, n, norm)
		f.entries = ents[:n]
		return max(0, len(norm)-3) + words + max(0, words-1) // 4-grams, words, bigrams
	}
	shift := 64 - c.bits
	n := 0
	for _, g := range c.grams {
		n = countGrams(f.count, ents, n, norm, g, shift)
	}
	if c.words {
		n = countWords(f.count, ents, n, norm, shift, c.bigrams)
	}
	f.entries = ents[:n]
	return -1
}

// countGrams tallies the n-grams of g bytes, left to right; it returns the new entry count.
func countGrams(count []int32, ents []firstSeen, n int, norm string, g int, shift uint) int {
	if len(norm) < g {
		return n
	}
	mask, tag := uint64(1)<<(8*g)-1, uint64(g)<<56
	var window uint64
	for i := 0; i < g-1; i++ {
		window = window<<8 | uint64(norm[i])
	}
	for i := g - 1; i < len(norm); i++ {
		window = window<<8 | uint64(norm[i])
		n = tally(count, ents, n, uint32((window&mask|tag)*bucketMul>>(shift&63)), i+1-g, i+1)
	}
	return n
}

// shippedBits is the bucket count (log2) of the shipped model, whose shape has the fast path.
const shippedBits = 18

// shippedTable is the count table of the shipped model's shape.
type shippedTable = [1 << shippedBits]int32

// shippedBucket is the bucket of key in the shipped model's shape: the product's top bits.
func shippedBucket(key uint64) uint32 {
	return uint32(key*bucketMul>>(64-shippedBits)) & (1<<shippedBits - 1)
}

// count4GramsShipped is countGrams for 4-grams into 2^shippedBits buckets.
func count4GramsShipped(count []int32, ents []firstSeen, n int, norm string) int {
	if len(norm) < 4 {
		return n
	}
	table := (*shippedTable)(count) // a masked index needs no bounds check
	window := uint64(norm[0])<<16 | uint64(norm[1])<<8 | uint64(norm[2])
	for i := 3; i < len(norm); i++ {
		window = window<<8 | uint64(norm[i])
		n = tallyShipped(table, ents, n, shippedBucket(window&0xffffffff|4<<56), i-3, i+1)
	}
	return n
}

// countWords tallies each word (and the bigram it ends), left to right; it returns the new
// entry count.
func countWords(count []int32, ents []firstSeen, n int, norm string, shift uint, bigrams bool) int {
	var prevWord uint64
	prevStart := -1
	for i := 0; i < len(norm); {
		if !wordBytes[norm[i]] {
			i++
			continue
		}
		start := i
		word := hashWord(norm, &i)
		n = tally(count, ents, n, uint32(word*bucketMul>>(shift&63)), start, i)
		if bigrams && prevStart >= 0 {
			n = tally(count, ents, n, uint32((prevWord*fnvPrime^word)*bucketMul>>(shift&63)), prevStart, i)
		}
		prevWord, prevStart = word, start
	}
	return n
}

// countWordsShipped is countWords with bigrams into 2^shippedBits buckets: constants and an
// index that needs no bounds check leave the registers to the loop (the general one reloads
// its state from the stack on every byte).
func countWordsShipped(count []int32, ents []firstSeen, n int, norm string) (_, words int) {
	table := (*shippedTable)(count)
	var prevWord uint64
	prevStart := -1
	for i := 0; i < len(norm); {
		if !wordBytes[norm[i]] {
			i++
			continue
		}
		start := i
		word := hashWord(norm, &i)
		n = tallyShipped(table, ents, n, shippedBucket(word), start, i)
		if prevStart >= 0 {
			n = tallyShipped(table, ents, n, shippedBucket(prevWord*fnvPrime^word), prevStart, i)
		}
		prevWord, prevStart = word, start
		words++
	}
	return n, words
}

// tallyShipped is tally for the shipped model's table (inlined: the loops keep their state in
// registers).
func tallyShipped(table *shippedTable, ents []firstSeen, n int, b uint32, start, end int) int {
	c := table[b]
	table[b] = c + 1
	if c == 0 {
		ents[n] = firstSeen{bucket: b, start: int32(start), end: int32(end)}
		n++
	}
	return n
}

// hashWord returns the FNV-1a hash of the word starting at *i and moves *i past it.
func hashWord(norm string, i *int) uint64 {
	j, word := *i, uint64(fnvOffset)
	for ; j < len(norm); j++ {
		c := norm[j]
		if !wordBytes[c] {
			break
		}
		word = (word ^ uint64(c)) * fnvPrime
	}
	*i = j
	return word
}

// wordBytes marks the bytes words are made of: a-z, 0-9 and 0x80-0xFF.
var wordBytes = func() (t [256]bool) {
	for b := range t {
		t[b] = b >= 0x80 || 'a' <= b && b <= 'z' || '0' <= b && b <= '9'
	}
	return t
}()

// tally counts bucket b; a bucket seen for the first time becomes ents[n]. It returns the
// new number of entries.
func tally(count []int32, ents []firstSeen, n int, b uint32, start, end int) int {
	c := count[b]
	count[b] = c + 1
	if c == 0 {
		ents[n] = firstSeen{bucket: b, start: int32(start), end: int32(end)}
		n++
	}
	return n
}

// wholeChars widens the byte span [start, end) of norm to whole UTF-8 characters.
func wholeChars(norm string, start, end int) string {
	for start > 0 && !utf8.RuneStart(norm[start]) {
		start--
	}
	for end < len(norm) && !utf8.RuneStart(norm[end]) {
		end++
	}
	return norm[start:end]
}

// Classify returns the probability that norm (normalised text; invalid UTF-8 is read as one
// U+FFFD per byte, like the scanner) is an injection, and the n-grams that pushed it up most.
// Time is linear in the text; memory is one entry per distinct bucket plus the pooled count
// table.
func (c *Classifier) Classify(norm string) Verdict {
	return c.classifyValid(sanitize(norm))
}

// classifyValid is Classify for valid UTF-8, such as the scanner's normalised text.
func (c *Classifier) classifyValid(norm string) Verdict { return c.verdict(norm, true) }

// probabilityValid is classifyValid's probability alone, the same float64: a finding's window
// needs no n-grams (window.go).
func (c *Classifier) probabilityValid(norm string) float64 { return c.verdict(norm, false).Probability }

// verdict classifies norm (valid UTF-8); withTop also collects the n-grams that pushed it up most.
func (c *Classifier) verdict(norm string, withTop bool) Verdict {
	f, _ := c.counters.Get().(*featureCounts)
	if f == nil {
		f = &featureCounts{count: make([]int32, 1<<c.bits)}
	}
	defer c.release(f)
	total := c.count(norm, f) // the number of features
	if len(f.entries) == 0 {
		return Verdict{Probability: sigmoid(c.bias), Logit: c.bias}
	}
	if total < 0 {
		total = 0
		for _, e := range f.entries {
			total += int(f.count[e.bucket])
		}
	}
	norm2 := math.Sqrt(float64(total))
	var dot float64
	var top [TopNGrams]struct {
		x float64
		e *firstSeen
	}
	weights := c.weights
	for i := range f.entries {
		e := &f.entries[i]
		n := f.count[e.bucket]
		root := sqrtSmall[n&(sqrtSmallN-1)]
		if n >= sqrtSmallN {
			root = math.Sqrt(float64(n))
		}
		// float64(...) rounds the product: no fused multiply-add, as in Python.
		x := float64(root * float64(weights[e.bucket]))
		dot += x
		if x <= 0 || !withTop {
			continue
		}
		share := x / norm2
		if last := &top[TopNGrams-1]; last.e != nil && share <= last.x {
			continue // top is in descending order: share goes below all of it
		}
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
		v.Top = append(v.Top, Contribution{NGram: wholeChars(norm, int(t.e.start), int(t.e.end)), Weight: t.x})
	}
	return v
}

// sqrtSmall holds math.Sqrt of the counts below sqrtSmallN (a table read instead of a square
// root per bucket: the same float64, most buckets are counted once or twice).
const sqrtSmallN = 64

var sqrtSmall = func() (t [sqrtSmallN]float64) {
	for i := range t {
		t[i] = math.Sqrt(float64(i))
	}
	return t
}()

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
