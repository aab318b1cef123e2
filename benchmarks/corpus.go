package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/articleparse/article/internal/eval"
	"golang.org/x/net/html/charset"
)

// page is one corpus page held in memory, with its ground truth.
type page struct {
	id  string
	url string
	// html is the page's bytes as published, in any charset.
	html []byte
	// utf8 is the same page decoded to UTF-8 (html itself when it is
	// valid UTF-8), the input html.Parse expects: what the tree runs and
	// the floor parse.
	utf8 []byte
	// body is the truth's articleBody, the text F1 is scored against;
	// empty in sets whose truth has none.
	body string
}

// loadSet reads every page of <corpus>/<set>, gunzipped, in the order of
// their ids. A page without an entry in truth.json (one of the htmldate
// set's) is timed all the same, without a URL and without a body to score.
func loadSet(corpus, set string) ([]page, error) {
	dir := filepath.Join(corpus, set)
	raw, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading the truth: %w", err)
	}
	// Each set's truth gives the page's url; scrapinghub's also gives its
	// articleBody.
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("reading the truth: %w", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "pages", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no pages in %s", filepath.Join(dir, "pages"))
	}
	sort.Strings(files)
	pages := make([]page, 0, len(files))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		t := truth[id]
		b, err := eval.ReadGzip(f)
		if err != nil {
			return nil, fmt.Errorf("reading page %s: %w", id, err)
		}
		u, err := toUTF8(b)
		if err != nil {
			return nil, fmt.Errorf("decoding page %s: %w", id, err)
		}
		pages = append(pages, page{id: id, url: t.URL, html: b, utf8: u, body: t.ArticleBody})
	}
	return pages, nil
}

// toUTF8 returns b when it is valid UTF-8, and otherwise b decoded from
// the charset it declares (windows-1252 when it declares none), as
// golang.org/x/net/html/charset determines it. Every page of the
// scrapinghub set is valid UTF-8; 12 of the htmldate set are not.
func toUTF8(b []byte) ([]byte, error) {
	if utf8.Valid(b) {
		return b, nil
	}
	_, name, _ := charset.DetermineEncoding(b, "")
	r, err := charset.NewReaderLabel(name, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// hasBodies reports whether the pages' truth gives bodies to score.
func hasBodies(pages []page) bool {
	for _, p := range pages {
		if p.body != "" {
			return true
		}
	}
	return false
}

func totalBytes(pages []page) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.html))
	}
	return n
}
