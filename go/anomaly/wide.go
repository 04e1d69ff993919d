package anomaly

import (
	"math/big"
	"math/bits"
)

// wide is an unsigned 192-bit counter, least significant word first. Sizes are below 2^53 and a
// window counts below 2^32 events, so sums of sizes (< 2^85) and of their squares (< 2^138) are
// exact: the mean and variance then do not depend on the order events arrived in, which is what
// lets Merge and the Python twin reproduce them bit for bit (a float Welford accumulator cannot).
type wide [3]uint64

func (w *wide) add(o wide) {
	var c uint64
	w[0], c = bits.Add64(w[0], o[0], 0)
	w[1], c = bits.Add64(w[1], o[1], c)
	w[2], _ = bits.Add64(w[2], o[2], c)
}

// square is x*x as a wide.
func square(x uint64) wide {
	hi, lo := bits.Mul64(x, x)
	return wide{lo, hi, 0}
}

func (w wide) small() (uint64, bool) { return w[0], w[1] == 0 && w[2] == 0 && w[0] < 1<<53 }

func (w wide) big() *big.Int {
	b := new(big.Int).SetUint64(w[2])
	b.Lsh(b, 64).Or(b, new(big.Int).SetUint64(w[1]))
	return b.Lsh(b, 64).Or(b, new(big.Int).SetUint64(w[0]))
}

// wideFromBig converts 0 <= v < 2^192; ok is false otherwise.
func wideFromBig(v *big.Int) (wide, bool) {
	if v.Sign() < 0 || v.BitLen() > 192 {
		return wide{}, false
	}
	var w wide
	words := new(big.Int).Set(v)
	mask := new(big.Int).SetUint64(^uint64(0))
	for i := range w {
		w[i] = new(big.Int).And(words, mask).Uint64()
		words.Rsh(words, 64)
	}
	return w, true
}

func (w wide) String() string { return w.big().String() }

// ratio is num/den correctly rounded to the nearest float64 (as Python's int/int), den > 0.
func ratio(num *big.Int, den uint64) float64 {
	if num.IsUint64() && num.Uint64() < 1<<53 && den < 1<<53 {
		return float64(num.Uint64()) / float64(den) // both exact: IEEE division rounds correctly
	}
	f, _ := new(big.Rat).SetFrac(num, new(big.Int).SetUint64(den)).Float64()
	return f
}

// meanOf is sum/n correctly rounded; n > 0.
func meanOf(sum wide, n uint32) float64 {
	if s, ok := sum.small(); ok {
		return float64(s) / float64(n)
	}
	return ratio(sum.big(), uint64(n))
}

// sampleVariance is (n*sq - sum^2) / (n*(n-1)) correctly rounded; n >= 2.
func sampleVariance(sum, sq wide, n uint32) float64 {
	if s, ok := sum.small(); ok && s < 1<<32 && sq[1] == 0 && sq[2] == 0 { // 128-bit arithmetic suffices
		hi, lo := bits.Mul64(uint64(n), sq[0])
		shi, slo := bits.Mul64(s, s)
		lo, borrow := bits.Sub64(lo, slo, 0)
		hi, _ = bits.Sub64(hi, shi, borrow)
		if den := uint64(n) * uint64(n-1); hi == 0 && lo < 1<<53 && den < 1<<53 {
			return float64(lo) / float64(den)
		}
	}
	nb := new(big.Int).SetUint64(uint64(n))
	num := new(big.Int).Mul(nb, sq.big())
	s := sum.big()
	num.Sub(num, s.Mul(s, s))
	if num.Sign() <= 0 {
		return 0
	}
	return ratio(num, uint64(n)*uint64(n-1))
}
