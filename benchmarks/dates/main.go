// Command dates compares the library's publication dates with those of
// github.com/markusmobius/go-htmldate, the Go port of htmldate, on the
// evaluation corpus: the accuracy of every date measure on the fit and
// check halves, and the time each takes per page.
//
// Run from this folder:
//
//	go run . -corpus ../../../shared/corpus
//
// It is a module of its own, so that neither the library's go.mod nor the
// extractor comparison's (../go.mod) names go-htmldate or what it pulls in.
//
// Three ways to date a page are scored with the evaluation's own rules
// (package internal/eval):
//
//   - article: Article.Published as Parse returns it;
//   - go-htmldate: go-htmldate's original publication date with its time
//     and zone (Options{UseOriginalDate, ExtractTime}, extensive search),
//     read from the page's tree;
//   - article, else go-htmldate: go-htmldate only where Parse finds no date.
//
// Then, on the pages of the htmldate set, each page's fastest of -passes
// runs of html.Parse, Parse, html.Parse followed by go-htmldate, and Parse
// followed by html.Parse and go-htmldate where Parse finds no date, the
// four interleaved page by page.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/articleparse/article"
	"github.com/articleparse/article/internal/eval"
	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func main() {
	corpus := flag.String("corpus", "../../../shared/corpus", "the evaluation corpus `directory`")
	passes := flag.Int("passes", 3, "timed passes per page; each page's fastest counts (0: no timing)")
	flag.Parse()
	c, err := eval.LoadCorpus(*corpus)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dates:", err)
		os.Exit(1)
	}
	printAccuracy(os.Stdout, c)
	if *passes > 0 {
		fmt.Println()
		printSpeed(os.Stdout, c, *passes)
	}
}

// dateMeasures are the evaluation's figures that score Published.
var dateMeasures = []string{
	"trafilatura/date", "readability/published", "postlight/date",
	"htmldate/date", "goose/date", "structure/published",
}

// A way of dating a page: Parse's article, and the page's tree for
// go-htmldate, give the date to score.
type dater struct {
	name string
	date func(a *article.Article, doc *html.Node, pageURL string) article.Date
}

var daters = []dater{
	{"article", func(a *article.Article, _ *html.Node, _ string) article.Date { return a.Published }},
	{"go-htmldate", func(_ *article.Article, doc *html.Node, u string) article.Date { return htmldateDate(doc, u) }},
	{"article, else go-htmldate", func(a *article.Article, doc *html.Node, u string) article.Date {
		if !a.Published.IsZero() {
			return a.Published
		}
		return htmldateDate(doc, u)
	}},
}

// htmldateDate is go-htmldate's original publication date of the page:
// an Instant when it found a zone, Local with a time, a Day otherwise.
func htmldateDate(doc *html.Node, pageURL string) article.Date {
	r, err := htmldate.FromDocument(doc, htmldate.Options{URL: pageURL, UseOriginalDate: true, ExtractTime: true})
	if err != nil || r.IsZero() {
		return article.Date{}
	}
	switch {
	case r.HasTimezone:
		return article.Date{Time: r.DateTime, Precision: article.Instant}
	case r.HasTime:
		return article.Date{Time: r.DateTime, Precision: article.Local}
	}
	return article.Date{Time: r.DateTime, Precision: article.Day}
}

// parseTree parses the page's bytes into a tree the way a caller of
// go-htmldate would, decoding them first by their declared or sniffed
// charset.
func parseTree(b []byte) (*html.Node, error) {
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		return html.Parse(bytes.NewReader(b))
	}
	return html.Parse(r)
}

// printAccuracy scores each dater on every date measure and half.
func printAccuracy(w io.Writer, c *eval.Corpus) {
	figures := make([]map[string]eval.Figure, len(daters))
	for i, d := range daters {
		parse := func(r io.Reader, pageURL string) (*article.Article, error) {
			b, err := io.ReadAll(r)
			if err != nil {
				return nil, err
			}
			a, err := article.Parse(bytes.NewReader(b), pageURL)
			if err != nil {
				return nil, err
			}
			doc, err := parseTree(b)
			if err != nil {
				return nil, err
			}
			a.Published = d.date(a, doc, pageURL)
			return a, nil
		}
		figures[i] = make(map[string]eval.Figure)
		for _, f := range (eval.Evaluator{Parse: parse}).Run(c).Figures {
			figures[i][string(f.Half)+" "+f.Set+"/"+f.Measure] = f
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "measure\thalf\tn\t")
	for _, d := range daters {
		fmt.Fprintf(tw, "%s\t", d.name)
	}
	fmt.Fprintln(tw)
	for _, m := range dateMeasures {
		for _, h := range eval.Halves {
			key := string(h) + " " + m
			fmt.Fprintf(tw, "%s\t%s\t%d\t", m, h, figures[0][key].N)
			for i := range daters {
				fmt.Fprintf(tw, "%.3f\t", figures[i][key].Value)
			}
			fmt.Fprintln(tw)
		}
	}
	tw.Flush()
}

// printSpeed times the four ways of dating a page on the htmldate set.
func printSpeed(w io.Writer, c *eval.Corpus, passes int) {
	type page struct {
		url  string
		html []byte
	}
	var pages []page
	ids := make([]string, 0, len(c.Htmldate))
	for id := range c.Htmldate {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		b, err := eval.ReadGzip(c.PagePath(eval.Htmldate, id))
		if err != nil {
			fmt.Fprintln(os.Stderr, "dates:", err)
			os.Exit(1)
		}
		pages = append(pages, page{strings.TrimSpace(c.Htmldate[id].URL), b})
	}
	runs := []struct {
		name string
		run  func(p page) bool // reports whether Parse found no date
	}{
		{"html.Parse", func(p page) bool { html.Parse(bytes.NewReader(p.html)); return false }},
		{"article.Parse", func(p page) bool {
			a, err := article.Parse(bytes.NewReader(p.html), p.url)
			return err == nil && a.Published.IsZero()
		}},
		{"html.Parse, go-htmldate", func(p page) bool {
			if doc, err := parseTree(p.html); err == nil {
				htmldateDate(doc, p.url)
			}
			return false
		}},
		{"article.Parse, else go-htmldate", func(p page) bool {
			a, err := article.Parse(bytes.NewReader(p.html), p.url)
			if err == nil && a.Published.IsZero() {
				if doc, err := parseTree(p.html); err == nil {
					htmldateDate(doc, p.url)
				}
				return true
			}
			return false
		}},
	}
	best := make([][]time.Duration, len(runs))
	undated := 0
	for _, p := range pages {
		for i, r := range runs {
			fastest := time.Duration(1<<63 - 1)
			for range passes {
				start := time.Now()
				none := r.run(p)
				fastest = min(fastest, time.Since(start))
				if i == 1 && none {
					undated++
				}
			}
			best[i] = append(best[i], fastest)
		}
	}
	fmt.Fprintf(w, "htmldate set, %d pages (Parse finds no date on %d), each page's fastest of %d runs\n", len(pages), undated/passes, passes)
	floor := median(best[0])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tmedian ms\tp90 ms\ttotal ms\t× html.Parse (median)\t× html.Parse (total)\t")
	for i, r := range runs {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.0f\t%.2f\t%.2f\t\n", r.name, ms(median(best[i])), ms(percentile(best[i], 90)),
			ms(sum(best[i])), float64(median(best[i]))/float64(floor), float64(sum(best[i]))/float64(sum(best[0])))
	}
	tw.Flush()
}

func median(d []time.Duration) time.Duration { return percentile(d, 50) }

// percentile is the nearest-rank p-th percentile of d.
func percentile(d []time.Duration, p int) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[max(0, (len(s)*p+99)/100-1)]
}

func sum(d []time.Duration) (t time.Duration) {
	for _, x := range d {
		t += x
	}
	return t
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
