//go:build !noarticle

package main

import (
	"bytes"
	"io"
	"net/url"

	"github.com/articleparse/article"
	"golang.org/x/net/html"
)

// ours is this project's extractor. Building with -tags noarticle leaves it
// out (see noarticle.go), for a run of the peers alone while the library
// does not compile.
var ours = []extractor{{
	name:       "article",
	fromReader: articleFromReader, readerCall: "Parse",
	fromTree: articleFromTree, treeCall: "Parser.ParseNode",
	scored: true,
}}

// articleFromReader is this project: Parse, then Text.
func articleFromReader(b []byte, u *url.URL) (string, error) {
	a, err := article.Parse(bytes.NewReader(b), urlString(u))
	if err != nil {
		return "", err
	}
	return a.Text(), nil
}

// articleFromTree is ParseNode on the tree, then Text.
func articleFromTree(doc *html.Node, u *url.URL) (string, error) {
	a, err := article.Parser{}.ParseNode(doc, urlString(u))
	if err != nil {
		return "", err
	}
	return a.Text(), nil
}

// runScaling measures how our extractor scales with cores and page size.
// The corpus is dropped between the two parts: held, it would raise the
// collector's goal and so the peak heap measured on the synthetic pages.
func runScaling(w io.Writer, pages []page, rounds int) error {
	runThroughput(w, pages, run{extractor: ours[0], way: viaReader}, rounds)
	pages = nil
	runSizes(w, run{extractor: ours[0], way: viaReader}, article.DefaultMaxBytes)
	return nil
}
