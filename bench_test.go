package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/net/html"
)

// The benchmarks measure a whole extraction, from the page's bytes to a
// complete *Article and its Text, the work a caller pays for per page.
//
//	go test -run '^$' -bench . -benchmem
//	go test -run '^$' -bench 'ParseCorpus|HTMLParse' -count 10 | tee new.txt   # for benchstat
//	go test -run '^$' -bench ParseNodeCorpus -count 10                        # the extraction alone
//	go test -run '^$' -bench 'ParseCorpus|ParseParallel' -cpu 1,2              # scaling
//
// BenchmarkParse runs on the hand-written fixtures in testdata/pages. The
// others run on the scrapinghub corpus kept beside the project in
// ../shared/corpus (or wherever ARTICLE_CORPUS points: the folder holding
// scrapinghub/), and skip with a message when it is absent. One benchmark
// operation is one pass over every page, so MB/s is the throughput over the
// whole set and ns/op divided by the page count is the mean time per page,
// also reported as ns/page.

// benchFixtureURL is the address fixtures are parsed as coming from; they
// are hand-written and were never fetched from anywhere.
const benchFixtureURL = "https://www.example.com/news/2024/article.html"

// benchPage is one page held in memory for a benchmark.
type benchPage struct {
	name string
	url  string
	html []byte
}

// benchCorpus loads the scrapinghub corpus once per test binary: the pages
// are gunzipped before any timer starts, and the benchmarks share them.
var benchCorpus = sync.OnceValues(loadBenchCorpus)

// benchCorpusDir returns the folder that holds scrapinghub/: $ARTICLE_CORPUS
// when set, else ../shared/corpus.
func benchCorpusDir() string {
	if dir := os.Getenv("ARTICLE_CORPUS"); dir != "" {
		return dir
	}
	return filepath.Join("..", "shared", "corpus")
}

// loadBenchCorpus reads every page of the scrapinghub set with the URL its
// truth.json gives it. It returns no pages, and no error, when the set is
// not there.
func loadBenchCorpus() ([]benchPage, error) {
	dir := filepath.Join(benchCorpusDir(), "scrapinghub")
	files, err := filepath.Glob(filepath.Join(dir, "pages", "*.html.gz"))
	if err != nil || len(files) == 0 {
		return nil, err
	}
	urls, err := loadBenchURLs(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	pages := make([]benchPage, 0, len(files))
	for _, f := range files {
		b, err := benchReadGzip(f)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		pages = append(pages, benchPage{name: id, url: urls[id], html: b})
	}
	return pages, nil
}

// loadBenchURLs reads the page addresses from a truth.json, keyed by page id.
// A missing file is not an error: the pages are then parsed without URLs.
func loadBenchURLs(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, err
	}
	urls := make(map[string]string, len(truth))
	for id, t := range truth {
		urls[id] = t.URL
	}
	return urls, nil
}

func benchReadGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// benchCorpusPages returns the corpus pages, skipping b when there are none.
func benchCorpusPages(b *testing.B) []benchPage {
	b.Helper()
	pages, err := benchCorpus()
	if err != nil {
		b.Fatalf("loading the corpus: %v", err)
	}
	if len(pages) == 0 {
		b.Skipf("no corpus pages in %s/scrapinghub/pages; set ARTICLE_CORPUS to the folder holding scrapinghub/", benchCorpusDir())
	}
	return pages
}

// benchFixturePages returns the fixture pages, skipping b when there are none.
func benchFixturePages(b *testing.B) []benchPage {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		b.Fatal(err)
	}
	if len(files) == 0 {
		b.Skip("no fixture pages in testdata/pages")
	}
	pages := make([]benchPage, 0, len(files))
	for _, f := range files {
		html, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("reading fixture: %v", err)
		}
		pages = append(pages, benchPage{name: filepath.Base(f), url: benchFixtureURL, html: html})
	}
	return pages
}

func benchTotalBytes(pages []benchPage) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.html))
	}
	return n
}

// benchExtract is the unit being measured: bytes in, a complete article and
// its text out. The text is returned so the compiler cannot drop the work.
func benchExtract(p benchPage) (string, error) {
	a, err := Parse(bytes.NewReader(p.html), p.url)
	if err != nil {
		return "", err
	}
	return a.Text(), nil
}

// benchExtractAll times one pass of benchExtract over every page per
// operation. A page that fails to parse fails the benchmark, since the
// numbers would then not cover the work they claim to.
func benchExtractAll(b *testing.B, pages []benchPage) {
	b.SetBytes(benchTotalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := benchExtract(p); err != nil {
				b.Fatalf("%s: %v", p.name, err)
			}
		}
	}
	benchReportPerPage(b, len(pages))
}

// benchReportPerPage adds the mean time per page beside ns/op.
func benchReportPerPage(b *testing.B, pages int) {
	if b.N > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(pages), "ns/page")
	}
}

// BenchmarkParse measures Parse and Text over all the fixture pages.
func BenchmarkParse(b *testing.B) {
	benchExtractAll(b, benchFixturePages(b))
}

// BenchmarkParseCorpus measures Parse and Text over the 119 real pages of
// the scrapinghub corpus (18 MB, 21 KB to 1 MB a page).
func BenchmarkParseCorpus(b *testing.B) {
	benchExtractAll(b, benchCorpusPages(b))
}

// BenchmarkHTMLParse measures bare html.Parse over the corpus pages: the
// floor under any extractor built on golang.org/x/net/html.
func BenchmarkHTMLParse(b *testing.B) {
	pages := benchCorpusPages(b)
	b.SetBytes(benchTotalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p.html)); err != nil {
				b.Fatalf("%s: %v", p.name, err)
			}
		}
	}
	benchReportPerPage(b, len(pages))
}

// BenchmarkParseNodeCorpus measures the extraction alone: ParseNode and
// Text on trees html.Parse built before the timer started. Its ns/page
// beside BenchmarkHTMLParse's is the extraction's cost on top of a parse.
func BenchmarkParseNodeCorpus(b *testing.B) {
	pages := benchCorpusPages(b)
	roots := make([]*html.Node, len(pages))
	for i, p := range pages {
		root, err := html.Parse(bytes.NewReader(p.html))
		if err != nil {
			b.Fatalf("%s: %v", p.name, err)
		}
		roots[i] = root
	}
	b.SetBytes(benchTotalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for i, root := range roots {
			a, err := Parser{}.ParseNode(root, pages[i].url)
			if err != nil {
				b.Fatalf("%s: %v", pages[i].name, err)
			}
			_ = a.Text()
		}
	}
	benchReportPerPage(b, len(pages))
}

// BenchmarkParseParallel runs BenchmarkParseCorpus's work from GOMAXPROCS
// goroutines at once, one page at a time each. An operation is still one
// pass's worth of pages, so with -cpu 1,2 the ratio of its ns/op to
// BenchmarkParseCorpus's is the speed-up from the extra core; Parse shares
// no state between calls, so anything short of the core count is the
// allocator, the garbage collector and memory bandwidth.
func BenchmarkParseParallel(b *testing.B) {
	pages := benchCorpusPages(b)
	b.SetBytes(benchTotalBytes(pages))
	b.ReportAllocs()
	var (
		start  atomic.Int64
		mu     sync.Mutex
		failed error
	)
	b.RunParallel(func(pb *testing.PB) {
		// Each goroutine does whole passes, starting at a different page so
		// that the goroutines are not all on the same large page at once.
		next := int(start.Add(1)) * 37
		for pb.Next() {
			for range pages {
				p := pages[next%len(pages)]
				next++
				if _, err := benchExtract(p); err != nil {
					mu.Lock()
					failed = err
					mu.Unlock()
				}
			}
		}
	})
	if failed != nil {
		b.Fatal(failed)
	}
	benchReportPerPage(b, len(pages))
}
