// Command evaluate measures package article against the evaluation corpus
// and prints one table of figures.
//
// Usage, from the module root:
//
//	go run ./internal/cmd/evaluate -corpus ../shared/corpus [-json] [-v] [-worst n]
//
// Every page of every set is parsed with article.Parse and scored as
// package eval describes, separately on the fit and the check half of each
// set. The table shows each figure of each half beside its n and its floor
// from internal/eval/floors.json (see -floors); -v adds, for each figure of
// the fit half, the pages that score worst (check pages are never listed),
// and -json prints the report as JSON instead of the table. The exit status
// is 1 when the corpus cannot be read, 0 otherwise: the floors are
// enforced by TestQualityFloors, not here.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/articleparse/article/internal/eval"
)

func main() {
	var (
		corpus     = flag.String("corpus", "../shared/corpus", "the evaluation corpus `directory`")
		floorsFile = flag.String("floors", "internal/eval/floors.json", "the floors `file` to show beside the figures")
		asJSON     = flag.Bool("json", false, "print the report as JSON")
		verbose    = flag.Bool("v", false, "list the weakest pages of each figure of the fit half")
		worst      = flag.Int("worst", 5, "with -v, how many pages to list per figure")
		workers    = flag.Int("workers", 0, "pages parsed at once (0: GOMAXPROCS)")
	)
	flag.Parse()
	if err := run(os.Stdout, *corpus, *floorsFile, *asJSON, *verbose, *worst, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

// run evaluates the corpus and writes the report to w.
func run(w io.Writer, corpusDir, floorsFile string, asJSON, verbose bool, worst, workers int) error {
	c, err := eval.LoadCorpus(corpusDir)
	if err != nil {
		return err
	}
	floors, err := eval.ReadFloors(floorsFile)
	if err != nil {
		return err
	}
	r := eval.Evaluator{Workers: workers}.Run(c)
	if asJSON {
		return writeJSON(w, r, floors, verbose, worst)
	}
	if err := r.WriteTable(w, floors); err != nil {
		return err
	}
	if verbose {
		return r.WriteWorst(w, worst)
	}
	return nil
}

// jsonFigure is a figure as -json prints it: with its key and floor, and
// its weakest pages only with -v.
type jsonFigure struct {
	Key string `json:"key"`
	eval.Figure
	Floor *float64         `json:"floor,omitempty"`
	Worst []eval.PageScore `json:"worst,omitempty"`
}

// writeJSON prints the report as one indented JSON object.
func writeJSON(w io.Writer, r *eval.Report, floors eval.Floors, verbose bool, worst int) error {
	out := struct {
		Figures []jsonFigure     `json:"figures"`
		Errors  []eval.PageError `json:"errors,omitempty"`
		Parsed  int              `json:"parsed"`
		Seconds float64          `json:"seconds"`
	}{Errors: r.Errors, Parsed: r.Parsed, Seconds: r.Elapsed.Seconds()}
	for _, f := range r.Figures {
		jf := jsonFigure{Key: f.Key(), Figure: f}
		jf.Pages = nil
		if v, ok := floors[f.Key()]; ok {
			jf.Floor = &v
		}
		if verbose && f.Half == eval.Fit {
			jf.Worst = f.Worst(worst)
		}
		out.Figures = append(out.Figures, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
