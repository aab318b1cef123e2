package eval

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	updateFloors = flag.Bool("update-floors", false, "raise floors.json to the current figures (a floor is never lowered)")
	resetFloors  = flag.Bool("reset-floors", false, "set floors.json to the current figures, lowering floors that fell (say why in the commit)")
)

// floorsFile holds the quality floors, keyed by Figure.Key.
const floorsFile = "floors.json"

// defaultCorpus is where the corpus sits beside the project, relative to
// this package's directory.
var defaultCorpus = filepath.Join("..", "..", "..", "shared", "corpus")

// TestQualityFloors evaluates the parser on the corpus named by
// $ARTICLE_CORPUS, or else ../../../shared/corpus, and fails when
//
//  1. $ARTICLE_CORPUS is set and names no corpus (CI sets it, so that a
//     missing corpus fails there instead of skipping);
//  2. a page of the corpus cannot be read or parsed;
//  3. a figure, of either half, has no floor in floors.json, or floors.json
//     itself is missing;
//  4. a figure falls more than Tolerance below its floor.
//
// It logs the whole table, so that `go test -v -run QualityFloors` shows
// it. Without $ARTICLE_CORPUS and without a corpus at the default place,
// or with -short, it is skipped.
//
// With -update-floors it raises floors.json to the current figures, and
// with -reset-floors it sets them to the current figures, instead of
// checking them.
func TestQualityFloors(t *testing.T) {
	dir, set := os.LookupEnv("ARTICLE_CORPUS")
	if !set || dir == "" {
		dir = defaultCorpus
	}
	if _, err := os.Stat(filepath.Join(dir, Scrapinghub, "truth.json")); err != nil {
		if set {
			t.Fatalf("ARTICLE_CORPUS=%s names no evaluation corpus: %v", dir, err)
		}
		t.Skipf("no evaluation corpus at %s (set ARTICLE_CORPUS to its directory): %v", dir, err)
	}
	if testing.Short() && !set {
		t.Skip("the evaluation parses every corpus page; skipped with -short")
	}
	c, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	floors, err := ReadFloors(floorsFile)
	if err != nil && !*resetFloors {
		t.Fatal(err)
	}

	r := Evaluator{}.Run(c)
	var table strings.Builder
	if err := r.WriteTable(&table, floors); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + table.String())
	for _, e := range r.Errors {
		t.Errorf("page %s/%s: %s", e.Set, e.ID, e.Err)
	}

	switch {
	case *resetFloors:
		if err := (Floors{}).Raise(r.Figures).Write(floorsFile); err != nil {
			t.Fatal(err)
		}
		t.Logf("set %s to the current figures", floorsFile)
		return
	case *updateFloors:
		if err := floors.Raise(r.Figures).Write(floorsFile); err != nil {
			t.Fatal(err)
		}
		t.Logf("raised %s to the current figures", floorsFile)
		return
	}
	for _, failure := range floors.Check(r.Figures) {
		t.Error(failure)
	}
}
