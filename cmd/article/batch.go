package main

// The batch subcommand: many pages in, one JSON line per page out.

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/articleparse/article"
	"github.com/articleparse/article/internal/batch"
)

const batchUsageLine = "usage: article batch [-workers N] [-timeout 30s] [-max-bytes N] [-ordered] [-o FILE] INPUT..."

const batchHelp = `
Parses many pages and writes one JSON line per page:
  {"source": ..., "url": ..., "article": {...}} or {"source": ..., "url": ..., "error": ...}

Each INPUT is a page file (.gz allowed), a folder (walked for .html and .htm
files and their .gz), a WARC or WARC.gz file (judged by its first bytes), an
http or https URL, or "-" for a list of paths and URLs on standard input, one
per line. In a WARC file only responses with a 2xx status and an HTML payload
are parsed; other records are counted as skipped.

The exit status is 0 when the run finished, even if some pages failed; 1 when
an INPUT could not be opened or the output could not be written; 2 when the
command line is wrong.

`

// batchConfig is the batch command line.
type batchConfig struct {
	workers  int
	timeout  time.Duration
	maxBytes int64
	ordered  bool
	output   string
	inputs   []string
}

func parseBatchFlags(args []string, stdout io.Writer) (batchConfig, error) {
	var cfg batchConfig
	fs := flag.NewFlagSet("article batch", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "parse `N` pages at a time")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "give up on a page after this `duration`, fetching included; 0 means never")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", 0, "read at most `N` bytes of a page; 0 means the default of 32 MiB, negative means no limit")
	fs.BoolVar(&cfg.ordered, "ordered", false, "write the lines in input order rather than as pages finish")
	fs.StringVar(&cfg.output, "o", "", "write the lines to `FILE` rather than standard output")
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, batchUsageLine)
			fmt.Fprint(stdout, batchHelp)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
		}
		return cfg, err
	}
	if cfg.workers < 1 {
		return cfg, fmt.Errorf("-workers %d: want at least 1", cfg.workers)
	}
	if cfg.timeout < 0 {
		return cfg, fmt.Errorf("-timeout %v is negative", cfg.timeout)
	}
	cfg.inputs = fs.Args()
	if len(cfg.inputs) == 0 {
		return cfg, errors.New("no INPUT given")
	}
	return cfg, nil
}

// runBatch is the batch subcommand, called by run with the arguments after
// "batch".
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseBatchFlags(args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "article: %s (%s)\n", oneLine(err.Error()), batchUsageLine)
		return exitUsage
	}
	out := stdout
	if cfg.output != "" {
		f, err := os.Create(cfg.output)
		if err != nil {
			fmt.Fprintf(stderr, "article: %s\n", oneLine(err.Error()))
			return exitFail
		}
		defer f.Close()
		out = f
	}
	b := newBatch(cfg, stdin, stderr)
	if isTerminal(stderr) {
		b.progress = startProgress(stderr, &b.stats, totalBytes(cfg.inputs))
	}
	err = b.run(out)
	if cfg.output != "" && err == nil {
		err = out.(*os.File).Close()
	}
	if b.progress != nil {
		b.progress.stop()
	}
	fmt.Fprintln(stderr, b.stats.summary(time.Since(b.start)))
	if err != nil {
		fmt.Fprintf(stderr, "article: writing output: %s\n", oneLine(err.Error()))
		return exitFail
	}
	if b.inputFailed.Load() {
		return exitFail
	}
	return exitOK
}

// job is one page to parse. parse returns the article and the page's URL
// when known.
type job struct {
	seq    int
	source string
	url    string
	parse  func(ctx context.Context) (*article.Article, string, error)
}

// result is a job's outcome as the line to write.
type result struct {
	seq  int
	line batch.Line
}

// batchStats counts what a run did. The fields are updated from the
// goroutines of the run and read by the progress display.
type batchStats struct {
	pages    atomic.Int64 // lines written
	articles atomic.Int64 // lines with an article that has a body
	noBody   atomic.Int64 // lines with an article that has none
	errors   atomic.Int64 // error lines
	skipped  atomic.Int64 // WARC records that hold no page
	bytes    atomic.Int64 // input bytes read, for the progress estimate
}

// summary is the line printed when a run ends.
func (s *batchStats) summary(elapsed time.Duration) string {
	pages := s.pages.Load()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(pages) / elapsed.Seconds()
	}
	return fmt.Sprintf("article batch: %d pages (%d articles, %d without a body, %d errors), %d records skipped, in %v (%.1f pages/s)",
		pages, s.articles.Load(), s.noBody.Load(), s.errors.Load(), s.skipped.Load(), elapsed.Round(time.Millisecond), rate)
}

// batchRun is one run of the batch command.
type batchRun struct {
	cfg    batchConfig
	parser article.Parser
	client *http.Client
	stdin  io.Reader
	start  time.Time

	stderrMu sync.Mutex
	stderr   io.Writer

	// tokens bounds the pages between the reader of the inputs and the
	// writer of the lines, so that memory stays bounded whatever the
	// input's size, in order or not.
	tokens chan struct{}
	jobs   chan job
	seq    int

	stats       batchStats
	inputFailed atomic.Bool
	progress    *progress
}

func newBatch(cfg batchConfig, stdin io.Reader, stderr io.Writer) *batchRun {
	return &batchRun{
		cfg:    cfg,
		parser: article.Parser{MaxBytes: cfg.maxBytes},
		// One client for the run, so that connections are reused; its
		// redirect rules are those of a single fetch.
		client: &http.Client{CheckRedirect: checkRedirect},
		stdin:  stdin,
		stderr: stderr,
		start:  time.Now(),
		tokens: make(chan struct{}, 4*cfg.workers),
		jobs:   make(chan job, cfg.workers),
	}
}

// run reads the inputs, parses their pages with cfg.workers goroutines and
// writes a line per page to out. It returns only the error of writing.
func (b *batchRun) run(out io.Writer) error {
	results := make(chan result, b.cfg.workers)
	var workers sync.WaitGroup
	for range b.cfg.workers {
		workers.Go(func() {
			for j := range b.jobs {
				results <- b.do(j)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		b.readInputs(ctx)
		close(b.jobs)
		workers.Wait()
		close(results)
	}()

	w := bufio.NewWriterSize(out, 64<<10)
	var werr error
	pending := map[int]batch.Line{} // finished out of order, with -ordered
	next := 0
	for r := range results {
		if werr != nil {
			<-b.tokens
			continue // drain, so the producer and workers finish
		}
		if !b.cfg.ordered {
			if werr = b.write(w, &r.line); werr != nil {
				cancel()
			}
			continue
		}
		pending[r.seq] = r.line
		for {
			l, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if werr = b.write(w, &l); werr != nil {
				cancel()
				break
			}
		}
	}
	if werr != nil {
		return werr
	}
	return w.Flush()
}

// write writes one line and counts it.
func (b *batchRun) write(w *bufio.Writer, l *batch.Line) error {
	defer func() { <-b.tokens }()
	data, err := l.Marshal()
	if err != nil {
		// An article always marshals; this is a safety net that keeps
		// the page in the output.
		data, _ = (&batch.Line{Source: l.Source, URL: l.URL, Error: "encoding the article: " + err.Error()}).Marshal()
		l.Article, l.Error = nil, err.Error()
	}
	b.stats.pages.Add(1)
	switch {
	case l.Error != "":
		b.stats.errors.Add(1)
	case l.Article.IsArticle():
		b.stats.articles.Add(1)
	default:
		b.stats.noBody.Add(1)
	}
	_, err = w.Write(data)
	return err
}

// do parses one page.
func (b *batchRun) do(j job) result {
	ctx := context.Background()
	if b.cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, b.cfg.timeout)
		defer cancel()
	}
	a, u, err := j.parse(ctx)
	line := batch.Line{Source: j.source, URL: j.url, Article: a}
	if u != "" {
		line.URL = u
	}
	if line.URL == "" && a != nil {
		line.URL = a.URL // a saved page's canonical or og:url
	}
	if err != nil {
		line.Article = nil
		line.Error = b.describePageError(err)
	}
	return result{seq: j.seq, line: line}
}

func (b *batchRun) describePageError(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("timed out after %v", b.cfg.timeout)
	}
	return oneLine(describe(err))
}

// emit hands a page to the workers, waiting while too many pages are in
// flight. It returns false when the run is cancelled.
func (b *batchRun) emit(ctx context.Context, j job) bool {
	select {
	case b.tokens <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	j.seq = b.seq
	b.seq++
	b.jobs <- j
	return true
}

// fail emits an error line for a page that could not be read.
func (b *batchRun) fail(ctx context.Context, source, pageURL string, err error) bool {
	return b.emit(ctx, job{source: source, url: pageURL, parse: func(context.Context) (*article.Article, string, error) {
		return nil, "", err
	}})
}

// inputError reports an INPUT that could not be opened at all; the run
// goes on with the others and ends with status 1.
func (b *batchRun) inputError(err error) {
	b.inputFailed.Store(true)
	b.stderrMu.Lock()
	defer b.stderrMu.Unlock()
	if b.progress != nil {
		b.progress.clear()
	}
	fmt.Fprintf(b.stderr, "article: %s\n", oneLine(err.Error()))
}

// readInputs turns the inputs into jobs, in order.
func (b *batchRun) readInputs(ctx context.Context) {
	for _, in := range b.cfg.inputs {
		if ctx.Err() != nil {
			return
		}
		if in == "-" {
			b.readList(ctx)
			continue
		}
		if err := b.readInput(ctx, in); err != nil {
			b.inputError(fmt.Errorf("%s: %w", in, err))
		}
	}
}

// readList reads paths and URLs from standard input, one per line; blank
// lines and lines starting with "#" are passed over. A listed page that
// cannot be read is an error line, not a failed INPUT.
func (b *batchRun) readList(ctx context.Context) {
	sc := bufio.NewScanner(b.stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := b.readInput(ctx, line); err != nil {
			if !b.fail(ctx, line, "", err) {
				return
			}
		}
	}
	if err := sc.Err(); err != nil {
		b.inputError(fmt.Errorf("standard input: %w", err))
	}
}

// readInput turns one path or URL into jobs. It returns an error, which
// does not repeat the input's name, when the input cannot be opened at
// all.
func (b *batchRun) readInput(ctx context.Context, in string) error {
	if u, ok := asURL(in); ok {
		if !isWeb(u) {
			return fmt.Errorf("cannot fetch %s: URLs; only http and https are supported", u.Scheme)
		}
		b.emit(ctx, job{source: in, url: u.String(), parse: func(ctx context.Context) (*article.Article, string, error) {
			return b.fetch(ctx, u)
		}})
		return nil
	}
	info, err := os.Stat(in)
	if err != nil {
		return unwrapPath(err)
	}
	if info.IsDir() {
		return unwrapPath(b.walk(ctx, in))
	}
	f, err := os.Open(in)
	if err != nil {
		return unwrapPath(err)
	}
	br := bufio.NewReaderSize(f, 1<<20)
	kind, _ := batch.Sniff(br)
	if kind == batch.WARC {
		defer f.Close()
		b.readWARC(ctx, in, br, info.Size())
		return nil
	}
	f.Close()
	b.emitFile(ctx, in, info.Size())
	return nil
}

// walk emits the pages in a folder and its subfolders: .html and .htm
// files and their .gz. A file or subfolder that cannot be read is an error
// line; the folder itself not being readable fails the INPUT.
func (b *batchRun) walk(ctx context.Context, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return filepath.SkipAll
		}
		if err != nil {
			if path == root {
				return err
			}
			b.fail(ctx, path, "", unwrapPath(err))
			return nil // WalkDir skips the unreadable folder
		}
		if d.IsDir() || !isPageFile(path) {
			return nil
		}
		var size int64
		if info, err := d.Info(); err == nil {
			size = info.Size()
		}
		b.emitFile(ctx, path, size)
		return nil
	})
}

// isPageFile reports whether a file found in a folder is a saved page.
func isPageFile(path string) bool {
	name := strings.ToLower(path)
	name = strings.TrimSuffix(name, ".gz")
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm")
}

// emitFile emits the page in a file; the worker reads it, gunzipping it
// when it is gzipped.
func (b *batchRun) emitFile(ctx context.Context, path string, size int64) {
	b.emit(ctx, job{source: path, parse: func(ctx context.Context) (*article.Article, string, error) {
		defer b.stats.bytes.Add(size)
		return b.parseFile(ctx, path)
	}})
}

func (b *batchRun) parseFile(ctx context.Context, path string) (*article.Article, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", unwrapPath(err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if _, gz := batch.Sniff(br); gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, "", fmt.Errorf("gzip: %w", err)
		}
		r = zr
	}
	a, err := b.parser.ParseContext(ctx, r, "")
	return a, "", err
}

// unwrapPath drops the file name from an *fs.PathError: the line's source,
// or the message about an INPUT, names the file already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// readWARC emits the pages of a WARC file and counts the records skipped.
// A record that cannot be read is an error line.
func (b *batchRun) readWARC(ctx context.Context, name string, br *bufio.Reader, size int64) {
	cr := &countingReader{r: br}
	var counted int64
	for rec := range batch.Records(cr, name, b.cfg.maxBytes) {
		n := cr.n.Load()
		b.stats.bytes.Add(n - counted)
		counted = n
		switch {
		case rec.Err != nil:
			if !b.fail(ctx, rec.Source, rec.URL, rec.Err) {
				return
			}
		case rec.Page != nil:
			page, pageURL := rec.Page, rec.URL
			if !b.emit(ctx, job{source: rec.Source, url: rec.URL, parse: func(ctx context.Context) (*article.Article, string, error) {
				a, err := page.Parse(ctx, b.parser, pageURL)
				return a, "", err
			}}) {
				return
			}
		default:
			b.stats.skipped.Add(1)
		}
	}
	b.stats.bytes.Add(size - counted)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// fetch gets the page at u with the rules of a single fetch (User-Agent,
// redirects, 2xx only) and parses it. It returns the page's final URL.
func (b *batchRun) fetch(ctx context.Context, u *url.URL) (*article.Article, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	resp, err := b.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && !errors.Is(err, context.DeadlineExceeded) {
			err = ue.Err // the line names the URL already
		}
		return nil, "", err
	}
	defer resp.Body.Close()
	// As for a single fetch, ParseResponse refuses a status other than
	// 2xx and takes the charset from the Content-Type header.
	a, err := b.parser.ParseResponse(resp)
	return a, resp.Request.URL.String(), err
}

// totalBytes is the size of the inputs, for the progress estimate, or -1
// when it cannot be known ahead (a list on standard input, a URL).
func totalBytes(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		if in == "-" {
			return -1
		}
		if _, ok := asURL(in); ok {
			return -1
		}
		info, err := os.Stat(in)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && isPageFile(path) {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}
