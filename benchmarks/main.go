// Command benchmarks compares this project's article extractor with the
// other Go extractors and with bare html.Parse, on the scrapinghub
// article-extraction-benchmark pages (or another corpus set), for speed,
// allocation and body F1. Each extractor is called both ways a caller can
// hand it a page: through its io.Reader entry point, and on a tree that
// html.Parse built.
// With -scaling it instead measures how throughput grows with a second core
// and how time and memory grow with the size of one page.
//
// It is a module of its own so that the library's go.mod never names a peer.
// See README.md for the commands and what each column means.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/articleparse/article/internal/eval"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"
)

func main() {
	corpus := flag.String("corpus", filepath.Join("..", "..", "shared", "corpus"), "`dir` holding the corpus sets (<set>/pages/*.html.gz and <set>/truth.json)")
	set := flag.String("set", "scrapinghub", "the corpus `set` to run on; only scrapinghub's truth has bodies to score")
	passes := flag.Int("passes", 5, "timed passes per page; each page's fastest counts")
	only := flag.String("only", "", "comma-separated `names` (substrings) of the extractors to run; html.Parse always runs")
	ways := flag.String("ways", "both", "how each extractor is called: reader, tree or both (see README.md)")
	dump := flag.String("dump", "", "write each run's texts to `dir`/<name>.json, in the format of the benchmark's output/*.json")
	scaling := flag.Bool("scaling", false, "measure scaling with cores and page size instead of comparing extractors")
	rounds := flag.Int("rounds", 5, "with -scaling, passes over the corpus per goroutine count")
	batchMode := flag.Bool("batch", false, "time `article batch` on a WARC file, a folder and a URL list of every corpus page, beside go-trafilatura's batch command")
	workers := flag.Int("workers", 2, "with -batch, workers (and GOMAXPROCS) of each command")
	keepWARC := flag.String("keep-warc", "", "with -batch, also write the corpus pages as four WARC.gz files into `dir`")
	flag.Parse()

	if *batchMode {
		if err := runBatchBench(os.Stdout, *corpus, *passes, *workers, *keepWARC); err != nil {
			fmt.Fprintf(os.Stderr, "benchmarks: %v\n", err)
			os.Exit(1)
		}
		return
	}

	runs, err := runsOf(selectExtractors(*only), *ways)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchmarks: %v\n", err)
		os.Exit(2)
	}
	pages, err := loadSet(*corpus, *set)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchmarks: %v\n", err)
		os.Exit(1)
	}
	printEnvironment(os.Stdout, *set, pages)
	defer func() {
		fmt.Println()
		printLoad(os.Stdout, "at the end")
	}()
	if *scaling {
		if err := runScaling(os.Stdout, pages, *rounds); err != nil {
			fmt.Fprintf(os.Stderr, "benchmarks: %v\n", err)
			os.Exit(2)
		}
		return
	}
	if *passes < 1 {
		fmt.Fprintln(os.Stderr, "benchmarks: -passes must be at least 1")
		os.Exit(2)
	}
	results := compare(pages, runs, *passes)
	printComparison(os.Stdout, pages, results, *passes)
	if *dump != "" {
		if err := dumpTexts(*dump, pages, results); err != nil {
			fmt.Fprintf(os.Stderr, "benchmarks: %v\n", err)
			os.Exit(1)
		}
	}
}

// selectExtractors keeps the extractors whose name contains one of the
// comma-separated names, and always the html.Parse floor the ratios need.
func selectExtractors(only string) []extractor {
	if only == "" {
		return extractors
	}
	var exs []extractor
	for _, e := range extractors {
		keep := e.name == floor.name
		for n := range strings.SplitSeq(only, ",") {
			if n = strings.TrimSpace(n); n != "" && strings.Contains(e.name, n) {
				keep = true
			}
		}
		if keep {
			exs = append(exs, e)
		}
	}
	return exs
}

// printEnvironment states what the numbers were measured on and with.
func printEnvironment(w io.Writer, set string, pages []page) {
	fmt.Fprintf(w, "%s %s/%s, %d CPUs, GOMAXPROCS %d\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "corpus: %s, %d pages, %.1f MB\n", set, len(pages), float64(totalBytes(pages))/1e6)
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, m := range info.Deps {
			if peerModule(m.Path) {
				fmt.Fprintf(w, "  %s %s\n", m.Path, m.Version)
			}
		}
	}
	printLoad(w, "at the start")
	fmt.Fprintln(w)
}

// printLoad prints the machine's load average where the system tells it
// (Linux), since other work on the machine slows every figure: with two
// cores, a load much above 1 means the numbers are not worth comparing.
func printLoad(w io.Writer, when string) {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return
	}
	if f := strings.Fields(string(b)); len(f) >= 3 {
		fmt.Fprintf(w, "load average %s: %s %s %s\n", when, f[0], f[1], f[2])
	}
}

// peerModule reports whether path is one of the libraries being compared.
func peerModule(path string) bool {
	switch path {
	case "codeberg.org/readeck/go-readability/v2",
		"github.com/go-shiori/go-readability",
		"github.com/markusmobius/go-domdistiller",
		"github.com/markusmobius/go-trafilatura",
		"golang.org/x/net":
		return true
	}
	return false
}

// printComparison prints one row per run; see README.md for the definition
// of each column.
func printComparison(w io.Writer, pages []page, results []result, passes int) {
	total := float64(totalBytes(pages))
	var fl *result
	for i := range results {
		if results[i].name == floor.name {
			fl = &results[i]
		}
	}
	scored := hasBodies(pages)
	fmt.Fprintf(w, "each page's fastest of %d passes, runs interleaved per page\n\n", passes)
	// The numbers are right-aligned; names are padded to one width so that
	// they read left-aligned.
	width, callWidth := len("extractor"), len("called through")
	for _, r := range results {
		width = max(width, len(r.name))
		callWidth = max(callWidth, len(callColumn(r.run)))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-*s\t%-*s\tmedian ms\tp90 ms\tMB/s\talloc MB/page\tallocs/page\ttime × html.Parse\talloc × html.Parse\tprecision\trecall\tF1\terrors\t\n",
		width, "extractor", callWidth, "called through")
	for _, r := range results {
		s := sortedCopy(r.best)
		tr, ar := "-", "-"
		if fl != nil && fl.allocBytes > 0 {
			tr = fmt.Sprintf("%.2f", ratioMedian(r.best, fl.best))
			ar = fmt.Sprintf("%.2f", r.allocBytes/fl.allocBytes)
		}
		p, rc, f1 := "-", "-", "-"
		if r.scored && scored {
			sc := scoreTexts(pages, r.texts)
			p, rc, f1 = fmt.Sprintf("%.3f", sc.Precision), fmt.Sprintf("%.3f", sc.Recall), fmt.Sprintf("%.3f", sc.F1)
		}
		fmt.Fprintf(tw, "%-*s\t%-*s\t%.2f\t%.2f\t%.1f\t%.2f\t%.0f\t%s\t%s\t%s\t%s\t%s\t%d\t\n",
			width, r.name, callWidth, callColumn(r.run), ms(median(s)), ms(percentile(s, 90)), total/sum(r.best).Seconds()/1e6,
			r.allocBytes/1e6, r.allocs, tr, ar, p, rc, f1, r.errs)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nreader: the library's io.Reader entry point on the page's bytes as published (its charset detection and parse included).")
	fmt.Fprintln(w, "tree:   html.Parse on the page's UTF-8 bytes, then the library's entry point for a parsed tree (the parse included).")
	fmt.Fprintln(w, "time × html.Parse: median over pages of the page's time over html.Parse's on the same page.")
	for _, r := range results {
		if r.firstErr != nil {
			fmt.Fprintf(w, "%s: %d pages failed, first: %v\n", r.label(), r.errs, r.firstErr)
		}
	}
}

// callColumn says how a run was called: the way and the entry point.
func callColumn(r run) string {
	if r.name == floor.name {
		return "UTF-8 bytes"
	}
	return r.way.String() + ": " + r.call()
}

// scoreTexts scores one extractor's texts against the truth with the
// library's own implementation of the benchmark's metric; a failed page
// counts as an empty prediction, as it would in the benchmark.
func scoreTexts(pages []page, texts []string) eval.BodyScore {
	cs := make([]eval.Counts, len(pages))
	for i, p := range pages {
		cs[i] = eval.MatchShingles(p.body, texts[i])
	}
	return eval.ScoreBodies(cs)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// dumpTexts writes each scored extractor's texts as {"<id>": {"articleBody":
// ...}}, the format evaluate.py reads from output/, so that the F1 column can
// be checked against the benchmark's own script.
func dumpTexts(dir string, pages []page, results []result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, r := range results {
		if !r.scored {
			continue
		}
		out := make(map[string]map[string]string, len(pages))
		for i, p := range pages {
			out[p.id] = map[string]string{"articleBody": r.texts[i]}
		}
		b, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fileName(r.name+"-"+r.way.String())+".json"), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// fileName turns an extractor's name into a file name.
func fileName(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '.':
			return r
		}
		return '_'
	}, name)
}
