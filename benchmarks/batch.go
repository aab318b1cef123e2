package main

// The -batch mode: throughput of `article batch` on a WARC file, a folder
// and a URL list, beside go-trafilatura's batch command on the same pages.

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/articleparse/article/internal/batch/batchtest"
	"github.com/articleparse/article/internal/eval"
)

// trafilaturaCLI is the go-trafilatura command the batch mode compares
// with, at the version this module requires for the library comparison.
const trafilaturaCLI = "github.com/markusmobius/go-trafilatura/cmd/go-trafilatura@v1.12.2"

// corpusFile is one page of the corpus, named by its set and id.
type corpusFile struct {
	name string // <set>-<id>.html
	html []byte
}

// loadAllPages reads every page of every set in the corpus, gunzipped.
func loadAllPages(corpus string) ([]corpusFile, error) {
	files, err := filepath.Glob(filepath.Join(corpus, "*", "pages", "*.html.gz"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no pages in %s/*/pages", corpus)
	}
	sort.Strings(files)
	var pages []corpusFile
	for _, f := range files {
		b, err := eval.ReadGzip(f)
		if err != nil {
			return nil, err
		}
		set := filepath.Base(filepath.Dir(filepath.Dir(f)))
		id := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		pages = append(pages, corpusFile{name: set + "-" + id + ".html", html: b})
	}
	return pages, nil
}

// writeParts writes the pages into dir as n WARC.gz files, the pages dealt
// in turn, so that a pipeline reading one file per thread has work for
// several threads.
func writeParts(dir string, pages []corpusFile, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	parts := make([][]batchtest.Record, n)
	for i, p := range pages {
		u := "https://corpus.example/" + p.name
		parts[i%n] = append(parts[i%n], batchtest.Request(u), batchtest.Response(u, 200, "text/html", p.html))
	}
	for i, recs := range parts {
		var buf bytes.Buffer
		if _, err := batchtest.Write(&buf, true, append([]batchtest.Record{batchtest.Warcinfo()}, recs...)...); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("corpus-%d.warc.gz", i)), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// batchRun is one timed command.
type batchRun struct {
	name  string
	cmd   []string
	stdin string // file fed to standard input, if any
}

// runBatchBench builds a WARC file and a folder of the corpus pages in a
// temporary folder, serves the folder on the loopback interface, and
// times each command passes times, keeping the fastest pass. keep, when
// set, is a folder where the pages are also written as four WARC.gz files,
// for measuring the Beam pipeline.
func runBatchBench(w io.Writer, corpus string, passes, workers int, keep string) error {
	pages, err := loadAllPages(corpus)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "batchbench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	dir := filepath.Join(tmp, "pages")
	if err := os.Mkdir(dir, 0o755); err != nil {
		return err
	}
	recs := []batchtest.Record{batchtest.Warcinfo()}
	var total int64
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.name), p.html, 0o644); err != nil {
			return err
		}
		u := "https://corpus.example/" + p.name
		recs = append(recs, batchtest.Request(u), batchtest.Response(u, 200, "text/html", p.html))
		total += int64(len(p.html))
	}
	warc := filepath.Join(tmp, "corpus.warc.gz")
	var buf bytes.Buffer
	if _, err := batchtest.Write(&buf, true, recs...); err != nil {
		return err
	}
	if err := os.WriteFile(warc, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if keep != "" {
		if err := writeParts(keep, pages, 4); err != nil {
			return err
		}
	}

	// The pages served over HTTP on the loopback interface, for the
	// commands that read URLs.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir))}
	go srv.Serve(ln)
	defer srv.Close()
	var urls strings.Builder
	for _, p := range pages {
		fmt.Fprintf(&urls, "http://%s/%s\n", ln.Addr(), p.name)
	}
	list := filepath.Join(tmp, "urls.txt")
	if err := os.WriteFile(list, []byte(urls.String()), 0o644); err != nil {
		return err
	}

	bin := filepath.Join(tmp, "bin")
	if err := buildTools(bin); err != nil {
		return err
	}
	article := filepath.Join(bin, "article")
	traf := filepath.Join(bin, "go-trafilatura")
	out := filepath.Join(tmp, "out")
	n := fmt.Sprint(workers)
	runs := []batchRun{
		{name: "article batch, WARC.gz", cmd: []string{article, "batch", "-workers", n, "-o", out, warc}},
		{name: "article batch, folder", cmd: []string{article, "batch", "-workers", n, "-o", out, dir}},
		{name: "article batch, URL list", cmd: []string{article, "batch", "-workers", n, "-o", out, "-"}, stdin: list},
		{name: "go-trafilatura batch, URL list", cmd: []string{traf, "batch", "--parallel", n, "-f", "json", "-o", out, list}},
		{name: "go-trafilatura batch --no-fallback", cmd: []string{traf, "batch", "--parallel", n, "--no-fallback", "-f", "json", "-o", out, list}},
	}

	fmt.Fprintf(w, "%d corpus pages, %.1f MB of HTML; WARC.gz %.1f MB; GOMAXPROCS=%d, %d workers; fastest of %d passes, commands interleaved\n\n",
		len(pages), float64(total)/1e6, float64(buf.Len())/1e6, workers, workers, passes)
	// Passes rotate through the commands, so that a change in the
	// machine's load falls on all of them; each keeps its fastest pass.
	wall := make([]time.Duration, len(runs))
	cpu := make([]time.Duration, len(runs))
	for pass := range passes {
		for i, r := range runs {
			os.RemoveAll(out)
			d, c, err := timeRun(r, workers)
			if err != nil {
				return fmt.Errorf("%s: %w", r.name, err)
			}
			if pass == 0 || d < wall[i] {
				wall[i] = d
			}
			if pass == 0 || c < cpu[i] {
				cpu[i] = c
			}
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "command\tpages\tseconds\tpages/s\tMB/s\tCPU seconds\tpages per CPU second\t")
	for i, r := range runs {
		s, c := wall[i].Seconds(), cpu[i].Seconds()
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.1f\t%.1f\t%.2f\t%.1f\t\n", r.name, len(pages), s, float64(len(pages))/s, float64(total)/s/1e6, c, float64(len(pages))/c)
	}
	return tw.Flush()
}

// buildTools builds the article CLI from this checkout and go-trafilatura's
// CLI from the module proxy into bin.
func buildTools(bin string) error {
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "article"), "./cmd/article")
	build.Dir = ".."
	install := exec.Command("go", "install", trafilaturaCLI)
	install.Env = append(os.Environ(), "GOBIN="+bin, "GOFLAGS=-mod=mod")
	for _, c := range []*exec.Cmd{build, install} {
		if out, err := c.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(c.Args, " "), err, out)
		}
	}
	return nil
}

// timeRun runs one command with GOMAXPROCS set to workers and returns how
// long it took and the processor time it used (user and system), which a
// busy machine inflates less than the time taken.
func timeRun(r batchRun, workers int) (wall, cpu time.Duration, err error) {
	c := exec.Command(r.cmd[0], r.cmd[1:]...)
	c.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", workers))
	var stderr bytes.Buffer
	c.Stderr = &stderr
	if r.stdin != "" {
		f, err := os.Open(r.stdin)
		if err != nil {
			return 0, 0, err
		}
		defer f.Close()
		c.Stdin = f
	}
	start := time.Now()
	if err := c.Run(); err != nil {
		return 0, 0, fmt.Errorf("%v\n%s", err, stderr.Bytes())
	}
	return time.Since(start), c.ProcessState.UserTime() + c.ProcessState.SystemTime(), nil
}
