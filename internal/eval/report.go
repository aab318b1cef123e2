package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Figure is one measure of one set on one half of its pages.
type Figure struct {
	Half    Half    `json:"half"`
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

// Key names the figure in floors.json: "<half>/<set>/<measure>",
// lower-cased, with the measure's spaces as underscores, such as
// "check/scrapinghub/body_f1".
func (f Figure) Key() string {
	return strings.ToLower(string(f.Half) + "/" + f.Set + "/" + strings.ReplaceAll(f.Measure, " ", "_"))
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

// WriteTable writes the figures as an aligned plain-text table, one row
// per measure with its fit and check values side by side, each with its n
// and its floor ("-" when it has none), followed by the parse errors and
// the time taken.
func (r *Report) WriteTable(w io.Writer, floors Floors) error {
	type row struct{ set, measure string }
	var rows []row
	byKey := make(map[string]Figure)
	for _, f := range r.Figures {
		rw := row{f.Set, f.Measure}
		if !slices.Contains(rows, rw) {
			rows = append(rows, rw)
		}
		byKey[f.Key()] = f
	}
	setWidth, measureWidth := len("set"), len("measure")
	for _, rw := range rows {
		setWidth = max(setWidth, len(rw.set))
		measureWidth = max(measureWidth, len(rw.measure))
	}
	line := func(cells ...string) {
		fmt.Fprintf(w, "%-*s  %-*s", setWidth, cells[0], measureWidth, cells[1])
		for _, c := range cells[2:] {
			fmt.Fprintf(w, "  %5s", c)
		}
		fmt.Fprintln(w)
	}
	line("set", "measure", "fit", "floor", "n", "check", "floor", "n")
	for _, rw := range rows {
		cells := []string{rw.set, rw.measure}
		for _, h := range Halves {
			f, ok := byKey[Figure{Half: h, Set: rw.set, Measure: rw.measure}.Key()]
			if !ok {
				cells = append(cells, "-", "-", "0")
				continue
			}
			floor := "-"
			if v, ok := floors[f.Key()]; ok {
				floor = fmt.Sprintf("%.3f", v)
			}
			cells = append(cells, fmt.Sprintf("%.3f", f.Value), floor, fmt.Sprint(f.N))
		}
		line(cells...)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "error: %s %s: %s\n", e.Set, e.ID, e.Err)
	}
	_, err := fmt.Fprintf(w, "%d pages parsed, %d errors, in %s\n", r.Parsed, len(r.Errors), r.Elapsed.Round(time.Millisecond))
	return err
}

// WriteWorst writes, for each figure of the fit half, up to n of its
// weakest pages: score, id and URL. Pages of the check half are never
// listed: they are for judging changes, not for reading.
func (r *Report) WriteWorst(w io.Writer, n int) error {
	for _, f := range r.Figures {
		if f.Half != Fit {
			continue
		}
		worst := f.Worst(n)
		if len(worst) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s %s (fit %.3f): weakest pages\n", f.Set, f.Measure, f.Value)
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
