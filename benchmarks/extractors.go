package main

import (
	"bytes"
	"fmt"
	"net/url"
	"slices"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// An extractor turns one page's bytes into its article's plain text, the way
// a caller of that library would: from an io.Reader over the raw bytes,
// each library doing its own charset handling, with the page's URL, and with
// its default settings except where noted.
type extractor struct {
	name string
	// extract returns the body text; the floor (html.Parse) returns "".
	extract func(html []byte, pageURL *url.URL) (string, error)
	// scored is false for the floor, which extracts nothing to score.
	scored bool
}

// floor is bare html.Parse, the ratios' reference.
var floor = extractor{name: "html.Parse", extract: parseHTML}

// extractors lists what the comparison runs, ours first and the floor
// second, as the table prints them.
var extractors = slices.Concat(ours, []extractor{
	floor,
	{name: "readeck/go-readability v2", extract: extractReadeck, scored: true},
	{name: "go-shiori/go-readability", extract: extractShiori, scored: true},
	{name: "go-domdistiller", extract: extractDistiller, scored: true},
	{name: "go-trafilatura+fallback", extract: extractTrafilatura, scored: true},
})

// parseHTML is the floor under every extractor here: golang.org/x/net/html
// builds the tree, and all of them start from such a tree.
func parseHTML(b []byte, _ *url.URL) (string, error) {
	_, err := html.Parse(bytes.NewReader(b))
	return "", err
}

// extractReadeck is codeberg.org/readeck/go-readability/v2, the maintained
// fork; its text is RenderText's.
func extractReadeck(b []byte, u *url.URL) (string, error) {
	a, err := readeck.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return "", err
	}
	if a.Node == nil {
		return "", nil
	}
	var sb strings.Builder
	if err := a.RenderText(&sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// extractShiori is github.com/go-shiori/go-readability, deprecated in favour
// of the readeck fork but still widely imported; its text is TextContent.
func extractShiori(b []byte, u *url.URL) (string, error) {
	a, err := shiori.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return "", err
	}
	return a.TextContent, nil
}

// extractDistiller is go-domdistiller. Pagination detection is skipped: it
// looks for the next page of a multi-page article, which no other extractor
// here does.
func extractDistiller(b []byte, u *url.URL) (string, error) {
	res, err := distiller.ApplyForReader(bytes.NewReader(b), &distiller.Options{
		OriginalURL:    u,
		SkipPagination: true,
	})
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// extractTrafilatura is go-trafilatura with EnableFallback, which its README
// recommends for the best result: it also runs go-readability and
// go-domdistiller on the page and keeps the best of the three. Its text is
// ContentText, which leaves comments out.
func extractTrafilatura(b []byte, u *url.URL) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{
		OriginalURL:    u,
		EnableFallback: true,
	})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

func urlString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

// safeExtract runs e on one page, turning a panic into an error so that one
// bad page cannot end a long run.
func safeExtract(e extractor, b []byte, u *url.URL) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return e.extract(b, u)
}
