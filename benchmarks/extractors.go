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

// An extractor turns one page into its article's plain text, with the
// page's URL and its default settings except where noted. Each library is
// called both ways a caller can hand it a page (see way): fromReader and
// fromTree.
type extractor struct {
	name string
	// fromReader extracts from the page's raw bytes through the library's
	// io.Reader entry point, which detects the charset and builds its own
	// tree. readerCall names that entry point.
	fromReader func(raw []byte, pageURL *url.URL) (string, error)
	readerCall string
	// fromTree extracts from a tree html.Parse built from the page's UTF-8
	// bytes, through the fastest entry point the library's API allows for a
	// parsed tree: no re-parse, and no copy of the tree unless the library
	// always makes one. treeCall names it.
	fromTree func(doc *html.Node, pageURL *url.URL) (string, error)
	treeCall string
	// scored is false for the floor, which extracts nothing to score.
	scored bool
}

// A way is how a page is handed to an extractor.
type way int

const (
	// viaReader times the library's io.Reader entry point on the page's
	// raw bytes: what a caller holding a fetched page pays.
	viaReader way = iota
	// viaTree times html.Parse on the page's UTF-8 bytes and then the
	// library's entry point for a parsed tree: what the extraction costs
	// on top of one parse, for a caller that has the tree already or
	// decodes the page itself.
	viaTree
)

func (w way) String() string {
	if w == viaReader {
		return "reader"
	}
	return "tree"
}

// A run is one extractor called one way: one row of the comparison.
type run struct {
	extractor
	way way
}

// label names the run in the table and in file names.
func (r run) label() string {
	if r.name == floor.name {
		return r.name
	}
	return r.name + " (" + r.way.String() + ")"
}

// call names the entry point the run times.
func (r run) call() string {
	if r.way == viaReader {
		return r.readerCall
	}
	return r.treeCall
}

// extract runs the extraction on p, the way r says.
func (r run) extract(p page, u *url.URL) (string, error) {
	if r.way == viaReader {
		return r.fromReader(p.html, u)
	}
	doc, err := html.Parse(bytes.NewReader(p.utf8))
	if err != nil {
		return "", err
	}
	return r.fromTree(doc, u)
}

// floor is bare html.Parse on the page's UTF-8 bytes, the ratios'
// reference: every extractor here builds such a tree first.
var floor = extractor{
	name:     "html.Parse",
	fromTree: func(*html.Node, *url.URL) (string, error) { return "", nil },
	treeCall: "html.Parse",
}

// floorRun is the floor as the comparison times it.
var floorRun = run{extractor: floor, way: viaTree}

// extractors lists what the comparison runs, ours first and the floor
// second, as the table prints them.
var extractors = slices.Concat(ours, []extractor{
	floor,
	{
		name:       "readeck/go-readability v2",
		fromReader: readeckFromReader, readerCall: "FromReader",
		fromTree: readeckFromTree, treeCall: "Parser.ParseAndMutate",
		scored: true,
	},
	{
		name:       "go-shiori/go-readability",
		fromReader: shioriFromReader, readerCall: "FromReader",
		fromTree: shioriFromTree, treeCall: "FromDocument (copies the tree)",
		scored: true,
	},
	{
		name:       "go-domdistiller",
		fromReader: distillerFromReader, readerCall: "ApplyForReader",
		fromTree: distillerFromTree, treeCall: "Apply",
		scored: true,
	},
	{
		name:       "go-trafilatura+fallback",
		fromReader: trafilaturaFromReader, readerCall: "Extract",
		fromTree: trafilaturaFromTree, treeCall: "ExtractDocument (copies the tree)",
		scored: true,
	},
})

// runsOf lists the runs of exs that ways asks for ("both", "reader" or
// "tree"), each extractor's reader run first; the floor runs once.
func runsOf(exs []extractor, ways string) ([]run, error) {
	var ws []way
	switch ways {
	case "both":
		ws = []way{viaReader, viaTree}
	case "reader":
		ws = []way{viaReader}
	case "tree":
		ws = []way{viaTree}
	default:
		return nil, fmt.Errorf("-ways %q: want both, reader or tree", ways)
	}
	var runs []run
	for _, e := range exs {
		if e.name == floor.name {
			runs = append(runs, floorRun)
			continue
		}
		for _, w := range ws {
			runs = append(runs, run{extractor: e, way: w})
		}
	}
	return runs, nil
}

// readeckFromReader is codeberg.org/readeck/go-readability/v2, the
// maintained fork; its text is RenderText's.
func readeckFromReader(b []byte, u *url.URL) (string, error) {
	a, err := readeck.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return "", err
	}
	return readeckText(a)
}

// readeckFromTree works on the tree itself: ParseAndMutate is the entry
// point that neither re-parses nor copies it.
func readeckFromTree(doc *html.Node, u *url.URL) (string, error) {
	p := readeck.NewParser()
	a, err := p.ParseAndMutate(doc, u)
	if err != nil {
		return "", err
	}
	return readeckText(a)
}

func readeckText(a readeck.Article) (string, error) {
	if a.Node == nil {
		return "", nil
	}
	var sb strings.Builder
	if err := a.RenderText(&sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// shioriFromReader is github.com/go-shiori/go-readability, deprecated in
// favour of the readeck fork but still widely imported; its text is
// TextContent.
func shioriFromReader(b []byte, u *url.URL) (string, error) {
	a, err := shiori.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return "", err
	}
	return a.TextContent, nil
}

// shioriFromTree is its only entry point for a parsed tree, which always
// works on a copy.
func shioriFromTree(doc *html.Node, u *url.URL) (string, error) {
	a, err := shiori.FromDocument(doc, u)
	if err != nil {
		return "", err
	}
	return a.TextContent, nil
}

// distillerOptions skips pagination detection: it looks for the next page
// of a multi-page article, which no other extractor here does.
func distillerOptions(u *url.URL) *distiller.Options {
	return &distiller.Options{OriginalURL: u, SkipPagination: true}
}

// distillerFromReader is go-domdistiller.
func distillerFromReader(b []byte, u *url.URL) (string, error) {
	res, err := distiller.ApplyForReader(bytes.NewReader(b), distillerOptions(u))
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

func distillerFromTree(doc *html.Node, u *url.URL) (string, error) {
	res, err := distiller.Apply(doc, distillerOptions(u))
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// trafilaturaOptions turns on EnableFallback, which go-trafilatura's README
// recommends for the best result: it also runs go-readability and
// go-domdistiller on the page and keeps the best of the three. Its text is
// ContentText, which leaves comments out.
func trafilaturaOptions(u *url.URL) trafilatura.Options {
	return trafilatura.Options{OriginalURL: u, EnableFallback: true}
}

func trafilaturaFromReader(b []byte, u *url.URL) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(b), trafilaturaOptions(u))
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// trafilaturaFromTree is ExtractDocument, which copies the tree for each
// of its extractors.
func trafilaturaFromTree(doc *html.Node, u *url.URL) (string, error) {
	res, err := trafilatura.ExtractDocument(doc, trafilaturaOptions(u))
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

// safeExtract runs r on one page, turning a panic into an error so that
// one bad page cannot end a long run.
func safeExtract(r run, p page, u *url.URL) (text string, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("panic: %v", e)
		}
	}()
	return r.extract(p, u)
}
