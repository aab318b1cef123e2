package article

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzParse checks, on any input and page address, that Parse does not
// panic; that it fails only with one of its documented errors and then
// returns no article; that what it returns keeps the promises checkSafe
// checks; and that parsing the same input twice gives the same article.
//
// The seeds are every fixture page and the hostile inputs of
// robust_test.go in their small sizes, so that one run stays fast.
func FuzzParse(f *testing.F) {
	for _, pg := range testPages(f) {
		f.Add(pg.src, robustPageURL)
	}
	for _, pg := range hostileInputs(false) {
		f.Add(pg.src, robustPageURL)
	}
	f.Add([]byte(hostileURLPage), "")
	f.Add([]byte(samplePage), "")
	f.Add([]byte(samplePage), "javascript:alert(1)")
	f.Add([]byte(samplePage), "//www.example.com/no-scheme")
	f.Add([]byte(`<a href="x">x</a>`), "http://[::1]:namedport")
	f.Add([]byte(`<title>No canonical link</title><p>Text.`), "https:/le.c/www.example.com/news/2024/05/rivers.html")

	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := Parse(bytes.NewReader(page), pageURL)
		if err != nil {
			if a != nil {
				t.Errorf("Parse returned an article along with the error %v", err)
			}
			if !isParseError(err) {
				t.Errorf("Parse returned an undocumented error: %v", err)
			}
			return
		}
		if a == nil {
			t.Fatal("Parse returned neither an article nor an error")
		}
		checkSafeFor(t, a, page)

		again, err := Parse(bytes.NewReader(page), pageURL)
		if err != nil {
			t.Fatalf("the second parse failed: %v", err)
		}
		if diff := cmp.Diff(a, again); diff != "" {
			t.Errorf("the second parse differs (-first +second):\n%s", diff)
		}
	})
}

// isParseError reports whether err is one Parse documents for input read
// from memory.
func isParseError(err error) bool {
	for _, e := range []error{ErrEmpty, ErrNotHTML, ErrTooLarge, ErrMalformed} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
