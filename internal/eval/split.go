package eval

import "crypto/sha256"

// Half names one of the two fixed halves every set of the corpus is split
// into. Rules are written while reading pages of the fit half; a change is
// judged by the check half, whose pages nobody reads to fix them.
type Half string

// The two halves.
const (
	Fit   Half = "fit"
	Check Half = "check"
)

// Halves lists the halves in the order they are reported.
var Halves = []Half{Fit, Check}

// HalfOf returns the half a page belongs to: fit when the first byte of
// the SHA-256 digest of its id (the file name without ".html.gz") is even,
// check when it is odd. The rule depends on the id alone, so a page that
// two sets share under one id (a structure page and its scrapinghub or
// postlight original; an htmldate page identical to a trafilatura one) is
// in the same half in both, and a page never changes half when pages are
// added.
func HalfOf(id string) Half {
	if sha256.Sum256([]byte(id))[0]%2 == 0 {
		return Fit
	}
	return Check
}

// idsIn lists a set's ids that belong to the half h, in sorted order.
func idsIn[T any](m map[string]T, h Half) []string {
	var ids []string
	for _, id := range sortedIDs(m) {
		if HalfOf(id) == h {
			ids = append(ids, id)
		}
	}
	return ids
}
