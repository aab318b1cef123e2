package eval

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/articleparse/article"
)

// Evaluator runs an evaluation. Its zero value parses with article.Parse on
// GOMAXPROCS workers.
type Evaluator struct {
	// Workers is the number of pages parsed at once; 0 means GOMAXPROCS.
	Workers int
	// Parse extracts an article; nil means article.Parse.
	Parse func(r io.Reader, pageURL string) (*article.Article, error)
}

// page is one parsed page of the corpus.
type page struct {
	set, id string
	path    string // the gzipped page
	url     string // passed to Parse as the page's address
	// expected is the gzipped reference reader view, readability pages only.
	expected string

	art          *article.Article // never nil: an empty Article when parsing failed
	text         string           // art.Text()
	expectedText string
	err          error
}

// Run parses every page of the corpus and scores every set. A page that
// cannot be read or parsed, or whose parse panics, is listed in
// Report.Errors and scored as an empty article.
func (e Evaluator) Run(c *Corpus) *Report {
	start := time.Now()
	pages := c.pages()
	e.parseAll(pages)

	byPath := make(map[string]*page, len(pages))
	r := &Report{Parsed: len(pages)}
	for _, p := range pages {
		byPath[p.path] = p
		if p.err != nil {
			r.Errors = append(r.Errors, PageError{Set: p.set, ID: p.id, Err: p.err.Error()})
		}
	}
	lookup := func(set, id string) *page { return byPath[c.PagePath(set, id)] }
	for _, h := range Halves {
		for _, fs := range [][]Figure{
			scoreScrapinghub(c, idsIn(c.Scrapinghub, h), lookup),
			scoreTrafilatura(c, idsIn(c.Trafilatura, h), lookup),
			scoreReadability(c, idsIn(c.Readability, h), lookup),
			scorePostlight(c, idsIn(c.Postlight, h), lookup),
			scoreHtmldate(c, idsIn(c.Htmldate, h), lookup),
			scoreGoose(c, idsIn(c.Goose, h), lookup),
			scoreStructure(c, idsIn(c.Structure, h), lookup),
		} {
			for _, f := range fs {
				f.Half = h
				r.Figures = append(r.Figures, f)
			}
		}
	}
	// Fit and check figures of one measure side by side, sets in the
	// order of Sets.
	slices.SortStableFunc(r.Figures, func(a, b Figure) int {
		return cmp.Compare(slices.Index(Sets, a.Set), slices.Index(Sets, b.Set))
	})
	r.Elapsed = time.Since(start)
	return r
}

// pages lists the pages to parse, each file once: a structure entry
// reuses the page of the set it names, parsed with the address that set's
// truth gives. Readability's test pages have no address.
func (c *Corpus) pages() []*page {
	var pages []*page
	seen := make(map[string]bool)
	add := func(set, id, url string) *page {
		path := c.PagePath(set, id)
		if seen[path] {
			return nil
		}
		seen[path] = true
		p := &page{set: set, id: id, path: path, url: cleanURL(url)}
		pages = append(pages, p)
		return p
	}
	for _, id := range sortedIDs(c.Scrapinghub) {
		add(Scrapinghub, id, c.Scrapinghub[id].URL)
	}
	for _, id := range sortedIDs(c.Trafilatura) {
		add(Trafilatura, id, c.Trafilatura[id].URL)
	}
	for _, id := range sortedIDs(c.Readability) {
		if p := add(Readability, id, ""); p != nil {
			p.expected = c.ExpectedPath(id)
		}
	}
	for _, id := range sortedIDs(c.Postlight) {
		add(Postlight, id, c.Postlight[id].URL)
	}
	for _, id := range sortedIDs(c.Htmldate) {
		add(Htmldate, id, c.Htmldate[id].URL)
	}
	for _, id := range sortedIDs(c.Goose) {
		add(Goose, id, c.Goose[id].URL)
	}
	for _, id := range sortedIDs(c.Structure) {
		add(Structure, id, c.Structure[id].URL)
	}
	return pages
}

// parseAll parses the pages on e.Workers goroutines.
func (e Evaluator) parseAll(pages []*page) {
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parse := e.Parse
	if parse == nil {
		parse = article.Parse
	}
	next := make(chan *page)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for p := range next {
				p.load(parse)
			}
		})
	}
	for _, p := range pages {
		next <- p
	}
	close(next)
	wg.Wait()
}

// load reads and parses the page, and reads its expected text if it has one.
func (p *page) load(parse func(io.Reader, string) (*article.Article, error)) {
	p.art, p.text, p.err = parseFile(parse, p.path, p.url)
	if p.art == nil {
		p.art = &article.Article{}
	}
	if p.expected != "" {
		var err error
		if p.expectedText, err = expectedText(p.expected); err != nil && p.err == nil {
			p.err = err
		}
	}
}

// parseFile parses a gzipped page and renders its text. A panic in the
// parser is returned as an error, so that one bad page does not stop the
// evaluation.
func parseFile(parse func(io.Reader, string) (*article.Article, error), name, pageURL string) (a *article.Article, text string, err error) {
	defer func() {
		if v := recover(); v != nil {
			a, text, err = nil, "", fmt.Errorf("panic: %v", v)
		}
	}()
	b, err := ReadGzip(name)
	if err != nil {
		return nil, "", err
	}
	a, err = parse(bytes.NewReader(b), pageURL)
	if err != nil || a == nil {
		return nil, "", err
	}
	return a, a.Text(), nil
}

// expectedText reads a gzipped reference reader view as text.
func expectedText(name string) (string, error) {
	b, err := ReadGzip(name)
	if err != nil {
		return "", err
	}
	text, err := HTMLText(bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("eval: %s: %w", name, err)
	}
	return text, nil
}
