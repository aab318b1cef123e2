package eval

import (
	"strings"
	"unicode"
)

// ShingleSize is the number of consecutive tokens in a shingle, as in the
// Scrapinghub article-extraction-benchmark.
const ShingleSize = 4

// Counts is one page's shingle matching: true positives, false positives and
// false negatives, normalised so that they sum to 1 (all three are 0 when
// neither text has a token). Normalising gives every page the same weight
// whatever its length.
type Counts struct {
	TP, FP, FN float64
}

// BodyScore is the body figure of a set of pages, computed as evaluate.py of
// scrapinghub/article-extraction-benchmark does:
//
//  1. Precision is the mean of the per-page precisions over the pages with a
//     prediction (TP+FP > 0);
//  2. Recall is the mean of the per-page recalls over the pages with a truth
//     (TP+FN > 0);
//  3. F1 is the harmonic mean of those two means, not a mean of per-page F1s.
//
// A mean over no pages is 0 (evaluate.py would raise an error instead).
type BodyScore struct {
	Precision, Recall, F1       float64
	PrecisionPages, RecallPages int
}

// Tokens splits s into runs of word characters, the tokens of evaluate.py's
// Python regexp \w+: Unicode letters, numbers and the underscore. Case is
// kept: evaluate.py compiles its regexp with IGNORECASE, which changes
// nothing for \w, and does not lower-case the text.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

// isWordRune reports whether Python's Unicode \w matches r: letters
// (categories L*), numbers (N*) and '_'. Like Python, combining marks are
// not word characters.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the shingles of ShingleSize consecutive tokens of s. A
// text with fewer tokens is one shingle of all of them; a text with no
// token has none.
func shingles(s string) map[string]int {
	tokens := Tokens(s)
	counts := make(map[string]int)
	for i := 0; i < max(1, len(tokens)-ShingleSize+1); i++ {
		shingle := tokens[i:min(i+ShingleSize, len(tokens))]
		if len(shingle) > 0 {
			// A NUL cannot occur inside a token, so the joined key is unambiguous.
			counts[strings.Join(shingle, "\x00")]++
		}
	}
	return counts
}

// MatchShingles compares the shingle multisets of the truth and the
// prediction, as evaluate.py's string_shingle_matching: a shingle present
// in both counts min(truth, pred) times as TP, the excess of the prediction
// as FP and the excess of the truth as FN.
func MatchShingles(truth, pred string) Counts {
	want, got := shingles(truth), shingles(pred)
	var c Counts
	for key, n := range want {
		m := got[key]
		c.TP += float64(min(n, m))
		c.FN += float64(max(0, n-m))
	}
	for key, m := range got {
		c.FP += float64(max(0, m-want[key]))
	}
	if sum := c.TP + c.FP + c.FN; sum > 0 {
		c.TP, c.FP, c.FN = c.TP/sum, c.FP/sum, c.FN/sum
	}
	return c
}

// HasPrediction reports whether the page counts towards precision.
func (c Counts) HasPrediction() bool { return c.TP+c.FP > 0 }

// HasTruth reports whether the page counts towards recall.
func (c Counts) HasTruth() bool { return c.TP+c.FN > 0 }

// Precision is the page's precision, as evaluate.py's precision_score.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page's recall, as evaluate.py's recall_score.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the harmonic mean of the page's precision and recall, 0 when both
// are 0. It is for finding weak pages; the set's F1 is BodyScore.F1.
func (c Counts) F1() float64 {
	return harmonic(c.Precision(), c.Recall())
}

// ScoreBodies averages the pages' counts into a BodyScore.
func ScoreBodies(pages []Counts) BodyScore {
	var s BodyScore
	var precisions, recalls float64
	for _, c := range pages {
		if c.HasPrediction() {
			precisions += c.Precision()
			s.PrecisionPages++
		}
		if c.HasTruth() {
			recalls += c.Recall()
			s.RecallPages++
		}
	}
	s.Precision = ratio(precisions, s.PrecisionPages)
	s.Recall = ratio(recalls, s.RecallPages)
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// harmonic is 2pr/(p+r), and 0 when p+r is 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ratio is sum/n, and 0 when n is 0.
func ratio(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
