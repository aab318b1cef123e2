package main

import (
	"strings"
	"unicode"
)

// The body score of the scrapinghub article-extraction-benchmark
// (evaluate.py), so that our numbers can be set beside the published ones:
//
//  1. Tokens are runs of word characters as Python's \w matches them in a
//     str: letters, numbers and the underscore. Case is kept.
//  2. A shingle is 4 consecutive tokens; a text of fewer than 4 tokens is one
//     shingle of all of them, and a text with no token has none.
//  3. Per page, shingles are counted as multisets: tp is the shared count,
//     fp the predicted surplus, fn the true surplus; the three are then
//     divided by their sum so that every page weighs the same.
//  4. Precision is averaged over the pages with a prediction (tp+fp > 0),
//     recall over the pages with a truth (tp+fn > 0), and F1 is the
//     harmonic mean of the two averages.

// shingleSize is the number of tokens in a shingle.
const shingleSize = 4

// counts is one page's normalised true positives, false positives and false
// negatives.
type counts struct{ tp, fp, fn float64 }

// score is precision, recall and F1 over a set of pages.
type score struct{ precision, recall, f1 float64 }

// isWordRune reports whether r is one of Python's \w characters.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

func tokenize(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) })
}

// shingles counts the shingles of text. Tokens are joined with a space,
// which no token contains, so that a joined shingle stands for one tuple.
func shingles(text string) map[string]int {
	tokens := tokenize(text)
	m := make(map[string]int)
	if len(tokens) == 0 {
		return m
	}
	n := max(1, len(tokens)-shingleSize+1)
	for i := range n {
		m[strings.Join(tokens[i:min(i+shingleSize, len(tokens))], " ")]++
	}
	return m
}

// matchShingles compares one page's predicted text with its truth.
func matchShingles(truth, pred string) counts {
	t, p := shingles(truth), shingles(pred)
	var c counts
	for k, tn := range t {
		pn := p[k]
		c.tp += float64(min(tn, pn))
		c.fn += float64(max(0, tn-pn))
	}
	for k, pn := range p {
		c.fp += float64(max(0, pn-t[k]))
	}
	if s := c.tp + c.fp + c.fn; s > 0 {
		c.tp, c.fp, c.fn = c.tp/s, c.fp/s, c.fn/s
	}
	return c
}

func pagePrecision(c counts) float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fp == 0:
		return 0
	}
	return c.tp / (c.tp + c.fp)
}

func pageRecall(c counts) float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fn == 0:
		return 0
	}
	return c.tp / (c.tp + c.fn)
}

// scorePages averages the per-page counts as evaluate.py does. An average
// over no page is taken as 0.
func scorePages(pages []counts) score {
	var p, r float64
	var np, nr int
	for _, c := range pages {
		if c.tp+c.fp > 0 {
			p += pagePrecision(c)
			np++
		}
		if c.tp+c.fn > 0 {
			r += pageRecall(c)
			nr++
		}
	}
	var s score
	if np > 0 {
		s.precision = p / float64(np)
	}
	if nr > 0 {
		s.recall = r / float64(nr)
	}
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	return s
}
