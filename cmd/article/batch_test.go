package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/articleparse/article/internal/batch/batchtest"
	"github.com/google/go-cmp/cmp"
)

// batchLine is an output line as the tests read it.
type batchLine struct {
	Source  string          `json:"source"`
	URL     string          `json:"url"`
	Article json.RawMessage `json:"article"`
	Error   string          `json:"error"`
}

// title is the title of the line's article, or "" when it has none.
func (l batchLine) title() string {
	var a struct{ Title string }
	json.Unmarshal(l.Article, &a)
	return a.Title
}

// decodeLines reads JSON Lines, failing on anything else.
func decodeLines(t *testing.T, out string) []batchLine {
	t.Helper()
	var lines []batchLine
	for i, s := range strings.SplitAfter(out, "\n") {
		if s == "" {
			continue
		}
		if !strings.HasSuffix(s, "\n") {
			t.Fatalf("line %d does not end in a newline: %q", i+1, s)
		}
		var l batchLine
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("line %d is not a record: %v\n%s", i+1, err, s)
		}
		if (l.Article == nil) == (l.Error == "") {
			t.Errorf("line %d has both or neither of article and error: %s", i+1, s)
		}
		lines = append(lines, l)
	}
	return lines
}

// bySource indexes lines by their source, failing on a repeated source.
func bySource(t *testing.T, lines []batchLine) map[string]batchLine {
	t.Helper()
	m := map[string]batchLine{}
	for _, l := range lines {
		if _, dup := m[l.Source]; dup {
			t.Errorf("two lines for %s", l.Source)
		}
		m[l.Source] = l
	}
	return m
}

// summaryRe reads the summary line.
var summaryRe = regexp.MustCompile(`^article batch: (\d+) pages \((\d+) articles, (\d+) without a body, (\d+) errors\), (\d+) records skipped, in \S+ \(\S+ pages/s\)\n$`)

// checkSummary checks that stderr ends with the summary line and that it
// counts what it should.
func checkSummary(t *testing.T, stderr string, pages, articles, noBody, errs, skipped int) {
	t.Helper()
	i := strings.LastIndex(strings.TrimSuffix(stderr, "\n"), "\n")
	m := summaryRe.FindStringSubmatch(stderr[i+1:])
	if m == nil {
		t.Fatalf("stderr does not end with the summary line: %q", stderr)
	}
	got := strings.Join(m[1:], " ")
	if want := fmt.Sprint(pages, articles, noBody, errs, skipped); got != want {
		t.Errorf("summary counts %s, want %s (pages articles no-body errors skipped): %q", got, want, stderr)
	}
}

func gzipString(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// pageTitled is testPage with another title, so that lines can be told
// apart.
func pageTitled(title string) string {
	return strings.ReplaceAll(testPage, "Rivers rise across the north", title)
}

// batchFolder makes a folder of saved pages: two pages, two files that
// cannot be read as pages, and files that are not pages at all.
func batchFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "a.html"), []byte(pageTitled("Page A")), 0o644))
	must(os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "sub", "b.htm.gz"), gzipString(pageTitled("Page B")), 0o644))
	// Unreadable whoever runs the test, root included: a link to nothing,
	// and a .gz that is not gzip.
	must(os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "gone.html")))
	must(os.WriteFile(filepath.Join(dir, "broken.html.gz"), []byte("\x1f\x8b\x08 then not gzip at all"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a page"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "logo.png"), []byte("\x89PNG\r\n\x1a\n"), 0o644))
	return dir
}

// crawl writes a WARC.gz as a crawler would: a warcinfo record, a request,
// an HTML page, an image, a 404, and a last HTML page cut short. It
// returns the file and the offsets of its records.
func crawl(t *testing.T) (string, []int64) {
	t.Helper()
	recs := []batchtest.Record{
		batchtest.Warcinfo(),
		batchtest.Request("https://news.example/rivers"),
		batchtest.Response("https://news.example/rivers", 200, "text/html; charset=utf-8", []byte(pageTitled("Page W"))),
		batchtest.Response("https://news.example/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\n0000")),
		batchtest.Response("https://news.example/gone", 404, "text/html", []byte(pageTitled("Not found"))),
		batchtest.Response("https://news.example/cut", 200, "text/html", []byte(pageTitled("Page cut"))),
	}
	var b bytes.Buffer
	offs, err := batchtest.Write(&b, true, recs...)
	if err != nil {
		t.Fatal(err)
	}
	last := offs[len(offs)-1]
	data := b.Bytes()[:last+(int64(b.Len())-last)/2]
	// No .warc in the name: WARC files are told by their content.
	path := filepath.Join(t.TempDir(), "crawl.bin")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, offs
}

func TestBatchFolderAndWARC(t *testing.T) {
	dir := batchFolder(t)
	warc, offs := crawl(t)
	code, stdout, stderr := runCLI(t, "", "batch", "-workers", "2", dir, warc)
	if code != 0 {
		t.Fatalf("exit status %d, want 0; stderr: %q", code, stderr)
	}
	lines := bySource(t, decodeLines(t, stdout))

	type want struct{ url, title, err string }
	at := func(i int) string { return fmt.Sprintf("%s@%d", warc, offs[i]) }
	wants := map[string]want{
		filepath.Join(dir, "a.html"):          {title: "Page A"},
		filepath.Join(dir, "sub", "b.htm.gz"): {title: "Page B"},
		filepath.Join(dir, "gone.html"):       {err: "no such file"},
		filepath.Join(dir, "broken.html.gz"):  {err: "corrupt"},
		at(2):                                 {url: "https://news.example/rivers", title: "Page W"},
		at(5):                                 {err: "truncated"},
	}
	for src, w := range wants {
		l, ok := lines[src]
		if !ok {
			t.Errorf("no line for %s", src)
			continue
		}
		if l.URL != w.url {
			t.Errorf("%s: url %q, want %q", src, l.URL, w.url)
		}
		if w.err != "" && !strings.Contains(l.Error, w.err) {
			t.Errorf("%s: error %q, want one mentioning %q", src, l.Error, w.err)
		}
		if w.err == "" && l.title() != w.title {
			t.Errorf("%s: title %q (error %q), want %q", src, l.title(), l.Error, w.title)
		}
		if strings.HasPrefix(l.Error, "article:") || strings.Contains(l.Error, src) {
			t.Errorf("%s: the error repeats a prefix or the source: %q", src, l.Error)
		}
	}
	for src := range lines {
		if _, ok := wants[src]; !ok {
			t.Errorf("unexpected line for %s", src)
		}
	}
	// The warcinfo, the request, the image and the 404 are skipped.
	checkSummary(t, stderr, 6, 3, 0, 3, 4)
	if strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr holds more than the summary: %q", stderr)
	}
}

// The lines of a page are the JSON of -format json.
func TestBatchArticleIsFormatJSON(t *testing.T) {
	path := writeFile(t, "page.html", testPage)
	_, single, _ := runCLI(t, "", "-format", "json", path)
	_, out, _ := runCLI(t, "", "batch", path)
	var want, got any
	if err := json.Unmarshal([]byte(single), &want); err != nil {
		t.Fatal(err)
	}
	var l struct{ Article any }
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	got = l.Article
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("batch article differs from -format json (-want +got):\n%s", diff)
	}
}

func TestBatchStdinList(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.html", "b.html"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(pageTitled(strings.ToUpper(name[:1]))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, "a.html\nb.html\n", "batch", "-")
	if code != 0 {
		t.Fatalf("exit status %d; stderr %q", code, stderr)
	}
	lines := bySource(t, decodeLines(t, stdout))
	if len(lines) != 2 || lines["a.html"].title() != "A" || lines["b.html"].title() != "B" {
		t.Errorf("lines: %+v", lines)
	}
	checkSummary(t, stderr, 2, 2, 0, 0, 0)

	// A listed page that cannot be read is an error line; blank lines and
	// comments are passed over.
	code, stdout, stderr = runCLI(t, "# pages\n\na.html\nmissing.html\n", "batch", "-")
	lines = bySource(t, decodeLines(t, stdout))
	if code != 0 || len(lines) != 2 || !strings.Contains(lines["missing.html"].Error, "no such file") {
		t.Errorf("exit %d, lines %+v", code, lines)
	}
	checkSummary(t, stderr, 2, 1, 0, 1, 0)
}

func TestBatchURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", pageHandler(nil))
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story?from=old", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n0000000000"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	list := strings.Join([]string{srv.URL + "/story", srv.URL + "/old", srv.URL + "/missing", srv.URL + "/logo.png", "ftp://files.example/a.html"}, "\n")
	code, stdout, stderr := runCLI(t, list, "batch", "-ordered", "-")
	if code != 0 {
		t.Fatalf("exit status %d; stderr %q", code, stderr)
	}
	got := decodeLines(t, stdout)
	want := []batchLine{
		{Source: srv.URL + "/story", URL: srv.URL + "/story"},
		{Source: srv.URL + "/old", URL: srv.URL + "/story?from=old"},
		{Source: srv.URL + "/missing", URL: srv.URL + "/missing", Error: "HTTP status 404 Not Found"},
		{Source: srv.URL + "/logo.png", URL: srv.URL + "/logo.png", Error: "input is not HTML"},
		{Source: "ftp://files.example/a.html", Error: "cannot fetch ftp: URLs; only http and https are supported"},
	}
	for i := range got {
		got[i].Article = nil
		if i < len(want) && strings.Contains(got[i].Error, want[i].Error) {
			got[i].Error = want[i].Error // compare the words that matter
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	checkSummary(t, stderr, 5, 2, 0, 3, 0)
}

func TestBatchTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // stall until the client hangs up, or 10 s
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	start := time.Now()
	_, stdout, _ := runCLI(t, "", "batch", "-timeout", "100ms", srv.URL+"/slow")
	lines := decodeLines(t, stdout)
	if len(lines) != 1 || lines[0].Error != "timed out after 100ms" {
		t.Errorf("lines %+v, want one timing out", lines)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v with -timeout 100ms", d)
	}
}

func TestBatchMaxBytes(t *testing.T) {
	path := writeFile(t, "page.html", testPage)
	_, stdout, _ := runCLI(t, "", "batch", "-max-bytes", "100", path)
	lines := decodeLines(t, stdout)
	if len(lines) != 1 || !strings.Contains(lines[0].Error, "size limit") {
		t.Errorf("lines %+v, want one over the size limit", lines)
	}
}

// -ordered writes the lines in input order however the pages finish.
func TestBatchOrdered(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		name := filepath.Join(dir, fmt.Sprintf("p%02d.html", i))
		page := pageTitled(fmt.Sprint("Page ", i))
		if i%3 == 0 { // larger pages take longer
			page = strings.Repeat("<p>filler paragraph</p>", 2000) + page
		}
		if err := os.WriteFile(name, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, name)
	}
	code, stdout, stderr := runCLI(t, "", "batch", "-ordered", "-workers", "4", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []string
	for _, l := range decodeLines(t, stdout) {
		got = append(got, l.Source)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	// Unordered, every page is still there once.
	_, stdout, _ = runCLI(t, "", "batch", "-workers", "4", dir)
	got = got[:0]
	for _, l := range decodeLines(t, stdout) {
		got = append(got, l.Source)
	}
	sort.Strings(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
}

// An INPUT that cannot be opened fails the run, after the others are done.
func TestBatchMissingInput(t *testing.T) {
	path := writeFile(t, "page.html", testPage)
	missing := filepath.Join(t.TempDir(), "missing.warc.gz")
	code, stdout, stderr := runCLI(t, "", "batch", missing, path)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if lines := decodeLines(t, stdout); len(lines) != 1 || lines[0].Source != path {
		t.Errorf("lines %+v, want the page's", lines)
	}
	if !strings.HasPrefix(stderr, "article: "+missing+": stat: no such file") {
		t.Errorf("stderr %q does not start with the missing input", stderr)
	}
	checkSummary(t, stderr, 1, 1, 0, 0, 0)
}

func TestBatchOutputFile(t *testing.T) {
	path := writeFile(t, "page.html", testPage)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	code, stdout, stderr := runCLI(t, "", "batch", "-o", out, path)
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if lines := decodeLines(t, string(data)); len(lines) != 1 {
		t.Errorf("lines %+v", lines)
	}

	code, _, stderr = runCLI(t, "", "batch", "-o", filepath.Join(t.TempDir(), "no", "such", "dir.jsonl"), path)
	checkFailure(t, code, "", stderr, 1, "no such file")
}

func TestBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"batch"},
		{"batch", "-workers", "0", "x.html"},
		{"batch", "-timeout", "-1s", "x.html"},
		{"batch", "-format", "json", "x.html"},
	} {
		code, stdout, stderr := runCLI(t, "", args...)
		checkFailure(t, code, stdout, stderr, 2, "usage: article batch")
	}
	code, stdout, _ := runCLI(t, "", "batch", "-h")
	if code != 0 || !strings.Contains(stdout, "-workers") || !strings.Contains(stdout, "WARC") {
		t.Errorf("help: exit %d\n%s", code, stdout)
	}
}

// The progress line shows the counts; it is drawn only on a terminal, so
// the test draws it into a buffer.
func TestProgress(t *testing.T) {
	var out syncBuffer
	var stats batchStats
	stats.pages.Store(12)
	stats.articles.Store(10)
	stats.skipped.Store(3)
	stats.errors.Store(2)
	stats.bytes.Store(500)
	p := startProgress(&out, &stats, 1000)
	time.Sleep(3 * progressEvery)
	p.stop()
	for _, want := range []string{"12 pages", "10 articles", "3 skipped", "2 errors", "pages/s", "50%"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("progress %q lacks %q", out.String(), want)
		}
	}
	if isTerminal(&out) {
		t.Error("a buffer taken for a terminal")
	}
}

// syncBuffer is a bytes.Buffer safe to write from the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
