package article

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordHints checks how a class or id value is read: whole words, words
// run together, plurals, roots inside long words, and the exceptions.
func TestWordHints(t *testing.T) {
	tests := []struct {
		value     string
		want, not hint
		reason    string
	}{
		{"article-body", hintBody, 0, "two words run together name the body"},
		{"Article__Body main", hintBody | hintPositive, 0, "case does not matter"},
		{"widgetcommentlist", hintNegative | hintUnlikely | hintJunk, 0, "a long unknown word holds the root comment"},
		{"sidebarrelatedstories", hintRelated | hintUnlikely, 0, "a long unknown word holds the root related"},
		{"publishedtimestamp", hintDateish, 0, "roots of date lines"},
		{"sponsors", hintJunk, 0, "a plural reads as its singular"},
		{"section--ads", 0, hintAd, "a BEM modifier holds ads, it is not one"},
		{"elementor-widget", 0, hintJunk, "Elementor calls every block a widget"},
		{"elementor widget", hintJunk, 0, "only within one class name"},
		{"story pagination", hintPositive | hintJunk, 0, "each class name counts"},
		{"x", 0, ^hint(0), "a word the table does not know says nothing"},
	}
	for _, tt := range tests {
		got := wordHints(tt.value)
		if got&tt.want != tt.want || got&tt.not != 0 {
			t.Errorf("wordHints(%q) = %b, want bits %b and not %b (%s)", tt.value, got, tt.want, tt.not, tt.reason)
		}
	}
}

// TestMayMarkMeta checks mayMarkMeta against its definition, on made-up
// values built from the words' letters, separators and a few non-ASCII
// characters (one of which, U+0130, lower-cases to an ASCII "i").
func TestMayMarkMeta(t *testing.T) {
	// Exact for ASCII values; for others, true at least where the lower
	// case holds a word, and for every value with a UTF-8 character past
	// ASCII.
	check := func(v string) {
		t.Helper()
		got := mayMarkMeta(v)
		want := containsAny(strings.ToLower(v), metaHintWords)
		if isASCII(v) && got != want {
			t.Fatalf("mayMarkMeta(%q) = %v, want %v", v, got, want)
		}
		want = want || strings.ContainsFunc(v, func(r rune) bool { return r >= utf8.RuneSelf && r != utf8.RuneError })
		if want && !got {
			t.Fatalf("mayMarkMeta(%q) = false, want true", v)
		}
	}
	for _, v := range []string{
		"", "a", "dat", "date", "DATE", "x-Date", "xdate", "up-dated", "by-line", "BY-LINE", "by_line",
		"post-time", "pubdate", "autor", "Author", "mEtA", "widget", "tİme", "card card--wide",
	} {
		check(v)
	}
	// Every pair and triple of pieces, so that each word starts at odd
	// and even offsets and runs across pieces.
	pieces := []string{"", "x", "-", " ", "by", "By", "li", "ne", "-l", "au", "th", "or", "to", "wr", "it", "er",
		"con", "tri", "but", "rep", "jou", "rna", "list", "da", "TE", "tum", "ti", "me", "pub", "lish", "pos",
		"ted", "ta", "fe", "cha", "İ", "é", "\xff", "\xc3"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
}

// TestMetaHintWords checks that a class/id string without any of
// metaHintWords is neither a byline nor a date line.
func TestMetaHintWords(t *testing.T) {
	for _, ci := range []string{
		"byline", "author", "by-line", "writer", "contributor", "autor", "reporter", "journalist",
		"date", "time", "publish", "posted", "meta", "datum", "fecha", "post-author", "entry-date",
	} {
		if !isBylineHint(ci) && !isDateHint(ci) {
			t.Fatalf("%q is neither a byline nor a date hint: the test's list is stale", ci)
		}
		if !containsAny(ci, metaHintWords) {
			t.Errorf("%q marks a byline or date line but holds none of metaHintWords", ci)
		}
	}
}

// TestHintCacheEntries checks that the cache gives wordHints and
// mayMarkMeta whichever is asked first, and when values share a slot.
func TestHintCacheEntries(t *testing.T) {
	c := newHintCache()
	values := []string{"post-date", "entry-content", "related-box", "site-header", "byline", "x", "Post-Date"}
	for round := range 3 {
		for i, v := range values {
			if (i+round)%2 == 0 {
				if got := c.marksMeta(v); got != mayMarkMeta(v) {
					t.Errorf("marksMeta(%q) = %v", v, got)
				}
			}
			if got := c.words(v); got != wordHints(v) {
				t.Errorf("words(%q) = %b, want %b", v, got, wordHints(v))
			}
			if got := c.marksMeta(v); got != mayMarkMeta(v) {
				t.Errorf("marksMeta(%q) = %v", v, got)
			}
		}
	}
}

// TestWordHintsExact pins every bit wordHints gives for values that
// exercise how it splits a value: class names as tokens, the space that
// ends one, the bound on the words read, the Elementor and BEM modifier
// exceptions, case and non-ASCII values.
func TestWordHintsExact(t *testing.T) {
	const furniture = hintNegative | hintUnlikely | hintJunk
	const ad = hintAd | furniture
	tests := []struct {
		value string
		want  hint
	}{
		{"elementor-widget-container", 0},
		{"elementor widget", hintNegative | hintJunk},
		{"read more", 0},
		{"read-more", hintRelated},
		{"read- more", hintRelated}, // the space does not follow a word: one token
		{"read -more", 0},
		{strings.Repeat("x-", 23) + "related", furniture | hintRelated},
		{strings.Repeat("x-", 24) + "related", 0}, // the 25th word is not read
		{strings.Repeat("x ", 11) + "x-related", furniture | hintRelated},
		{strings.Repeat("x ", 12) + "related", 0}, // spaces between class names count
		{strings.Repeat("x - ", 12) + "related", 0},
		{"section--ads", 0},
		{"section-ads", ad},
		{"news ticker--ad", 0},
		{"Article-Body", hintBody | hintPositive},
		{"relatedPosts", hintRelated | hintUnlikely},
		{"Sponsors", furniture},
		{"more-on", hintRelated},
		{"further-reading-box", hintJunk | hintRelated},
		{"İnline-ad", ad},
	}
	for _, tt := range tests {
		if got := wordHints(tt.value); got != tt.want {
			t.Errorf("wordHints(%q) = %#x, want %#x", tt.value, got, tt.want)
		}
	}
}

// TestHintCacheMany checks the cache past the size its table starts at
// and past the number of values it remembers.
func TestHintCacheMany(t *testing.T) {
	c := newHintCache()
	value := func(i int) string { return fmt.Sprintf("box-%d related-%d", i, i%7) }
	for round := range 2 {
		for i := range maxHintValues + 500 {
			v := value(i)
			if got := c.words(v); got != wordHints(v) {
				t.Fatalf("round %d: words(%q) = %b, want %b", round, v, got, wordHints(v))
			}
		}
	}
	if c.n != maxHintValues {
		t.Errorf("the cache holds %d values, want %d", c.n, maxHintValues)
	}
}

// TestHasCapitalOrNonASCII checks the eight-bytes-at-a-time reading
// against one byte at a time, at every length and position.
func TestHasCapitalOrNonASCII(t *testing.T) {
	for n := range 20 {
		for pos := range n {
			for _, c := range []byte{'a', 'A', 'Z', 'z', '@', '[', '0', ' ', 0x80, 0xff} {
				b := []byte(strings.Repeat("q", n))
				b[pos] = c
				want := c >= 0x80 || c >= 'A' && c <= 'Z'
				if got := hasCapitalOrNonASCII(string(b)); got != want {
					t.Errorf("hasCapitalOrNonASCII(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}
