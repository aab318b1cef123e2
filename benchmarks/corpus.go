package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/articleparse/article/internal/eval"
)

// page is one corpus page held in memory, with its ground truth.
type page struct {
	id   string
	url  string
	html []byte
	// body is the truth's articleBody, the text F1 is scored against.
	body string
}

// loadScrapinghub reads every page of <corpus>/scrapinghub, gunzipped, in
// the order of their ids. A page without an entry in truth.json is an error:
// it could not be scored.
func loadScrapinghub(corpus string) ([]page, error) {
	dir := filepath.Join(corpus, "scrapinghub")
	raw, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, fmt.Errorf("reading the truth: %w", err)
	}
	var truth map[string]eval.ScrapinghubTruth
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
		t, ok := truth[id]
		if !ok {
			return nil, fmt.Errorf("page %s has no truth", id)
		}
		b, err := eval.ReadGzip(f)
		if err != nil {
			return nil, fmt.Errorf("reading page %s: %w", id, err)
		}
		pages = append(pages, page{id: id, url: t.URL, html: b, body: t.ArticleBody})
	}
	return pages, nil
}

func totalBytes(pages []page) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.html))
	}
	return n
}
