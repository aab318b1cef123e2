package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Figure is one measure of one set.
type Figure struct {
	Set     string  `json:"set"`
	Measure string  `json:"measure"`
	Value   float64 `json:"value"`
	// N is how many pages (snippets, for the snippet figures; promo lines,
	// for "promos absent") the value is computed over.
	N int `json:"n"`
	// Pages holds each counted page's own score, for finding weak pages.
	// For figures that are not a mean of page scores (the body precision,
	// recall and F1, the snippet figures) it is the page's figure alone.
	Pages []PageScore `json:"pages,omitempty"`
}

// Key names the figure in floors.json: "<set>/<measure>", lower-cased,
// with the measure's spaces as underscores, such as "scrapinghub/body_f1".
func (f Figure) Key() string {
	return strings.ToLower(f.Set + "/" + strings.ReplaceAll(f.Measure, " ", "_"))
}

// Worst returns up to n of the figure's pages with the lowest scores below
// 1, lowest first, ties broken by id.
func (f Figure) Worst(n int) []PageScore {
	var weak []PageScore
	for _, p := range f.Pages {
		if p.Score < 1 {
			weak = append(weak, p)
		}
	}
	slices.SortFunc(weak, func(a, b PageScore) int {
		return cmp.Or(cmp.Compare(a.Score, b.Score), cmp.Compare(a.ID, b.ID))
	})
	return weak[:min(n, len(weak))]
}

// PageScore is one page's score in a figure.
type PageScore struct {
	ID    string  `json:"id"`
	URL   string  `json:"url,omitempty"`
	Score float64 `json:"score"`
}

// PageError is a page that could not be read or parsed. It is scored as an
// empty article.
type PageError struct {
	Set string `json:"set"`
	ID  string `json:"id"`
	Err string `json:"error"`
}

// Report is the result of one evaluation.
type Report struct {
	Figures []Figure    `json:"figures"`
	Errors  []PageError `json:"errors,omitempty"`
	// Parsed is the number of pages parsed (a page shared by two sets
	// counts once).
	Parsed  int           `json:"parsed"`
	Elapsed time.Duration `json:"elapsed"`
}

// WriteTable writes the figures as an aligned plain-text table, with each
// figure's floor when floors has one ("-" when not), followed by the parse
// errors and the time taken.
func (r *Report) WriteTable(w io.Writer, floors Floors) error {
	setWidth, measureWidth := len("set"), len("measure")
	for _, f := range r.Figures {
		setWidth = max(setWidth, len(f.Set))
		measureWidth = max(measureWidth, len(f.Measure))
	}
	row := func(set, measure, value, floor, n string) {
		fmt.Fprintf(w, "%-*s  %-*s  %5s  %5s  %5s\n", setWidth, set, measureWidth, measure, value, floor, n)
	}
	row("set", "measure", "value", "floor", "n")
	for _, f := range r.Figures {
		floor := "-"
		if v, ok := floors[f.Key()]; ok {
			floor = fmt.Sprintf("%.3f", v)
		}
		row(f.Set, f.Measure, fmt.Sprintf("%.3f", f.Value), floor, fmt.Sprint(f.N))
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "error: %s %s: %s\n", e.Set, e.ID, e.Err)
	}
	_, err := fmt.Fprintf(w, "%d pages parsed, %d errors, in %s\n", r.Parsed, len(r.Errors), r.Elapsed.Round(time.Millisecond))
	return err
}

// WriteWorst writes, for each figure, up to n of its weakest pages: score,
// id and URL.
func (r *Report) WriteWorst(w io.Writer, n int) error {
	for _, f := range r.Figures {
		worst := f.Worst(n)
		if len(worst) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s %s (%.3f): weakest pages\n", f.Set, f.Measure, f.Value)
		for _, p := range worst {
			if _, err := fmt.Fprintf(w, "  %.3f  %s  %s\n", p.Score, p.ID, p.URL); err != nil {
				return err
			}
		}
	}
	return nil
}

// tally accumulates a figure that is the mean of page scores.
type tally struct {
	fig Figure
	sum float64
}

// newTally starts a figure of the set.
func newTally(set, measure string) *tally {
	return &tally{fig: Figure{Set: set, Measure: measure}}
}

// add counts one page's score.
func (t *tally) add(id, url string, score float64) {
	t.sum += score
	t.fig.N++
	t.fig.Pages = append(t.fig.Pages, PageScore{ID: id, URL: url, Score: score})
}

// addBool counts a page that is right (1) or wrong (0).
func (t *tally) addBool(id, url string, right bool) {
	t.add(id, url, b2f(right))
}

// figure is the mean of the scores added, 0 when there is none.
func (t *tally) figure() Figure {
	f := t.fig
	f.Value = ratio(t.sum, f.N)
	return f
}

// b2f is 1 for true and 0 for false.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
