package eval

import "strings"

// SnippetCounts tallies the trafilatura benchmark's snippet checks: a `with`
// snippet found in the text is a true positive, one missing a false
// negative; a `without` snippet found is a false positive, one missing a
// true negative.
type SnippetCounts struct {
	TP, FN, FP, TN int
}

// ScoreSnippets looks for each snippet in text. Both sides have their white
// space folded by FoldSpace; the search is otherwise exact (case-sensitive),
// as the benchmark's is. Snippets that are empty after folding are ignored,
// since an empty string is found in any text.
func ScoreSnippets(text string, with, without []string) SnippetCounts {
	text = FoldSpace(text)
	var c SnippetCounts
	for _, s := range with {
		if s = FoldSpace(s); s == "" {
			continue
		}
		if strings.Contains(text, s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if s = FoldSpace(s); s == "" {
			continue
		}
		if strings.Contains(text, s) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// Add returns the sum of c and d.
func (c SnippetCounts) Add(d SnippetCounts) SnippetCounts {
	return SnippetCounts{TP: c.TP + d.TP, FN: c.FN + d.FN, FP: c.FP + d.FP, TN: c.TN + d.TN}
}

// Total is the number of snippets checked.
func (c SnippetCounts) Total() int { return c.TP + c.FN + c.FP + c.TN }

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c SnippetCounts) Precision() float64 { return ratio(float64(c.TP), c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was no `with` snippet.
func (c SnippetCounts) Recall() float64 { return ratio(float64(c.TP), c.TP+c.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (c SnippetCounts) F1() float64 { return harmonic(c.Precision(), c.Recall()) }

// Accuracy is (TP+TN)/Total, 0 when there was no snippet.
func (c SnippetCounts) Accuracy() float64 { return ratio(float64(c.TP+c.TN), c.Total()) }
