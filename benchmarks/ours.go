//go:build !noarticle

package main

import (
	"bytes"
	"io"
	"net/url"

	"github.com/articleparse/article"
)

// ours is this project's extractor. Building with -tags noarticle leaves it
// out (see noarticle.go), for a run of the peers alone while the library
// does not compile.
var ours = []extractor{{name: "article", extract: extractArticle, scored: true}}

// extractArticle is this project: Parse, then Text.
func extractArticle(b []byte, u *url.URL) (string, error) {
	a, err := article.Parse(bytes.NewReader(b), urlString(u))
	if err != nil {
		return "", err
	}
	return a.Text(), nil
}

// runScaling measures how our extractor scales with cores and page size.
// The corpus is dropped between the two parts: held, it would raise the
// collector's goal and so the peak heap measured on the synthetic pages.
func runScaling(w io.Writer, pages []page, rounds int) error {
	runThroughput(w, pages, ours[0], rounds)
	pages = nil
	runSizes(w, ours[0], article.DefaultMaxBytes)
	return nil
}
