package eval

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateFloors = flag.Bool("update-floors", false, "raise floors.json to the current figures (a floor is never lowered)")

// floorsFile holds the quality floors, keyed by Figure.Key.
const floorsFile = "floors.json"

// defaultCorpus is where the corpus sits beside the project, relative to
// this package's directory.
var defaultCorpus = filepath.Join("..", "..", "..", "shared", "corpus")

// TestQualityFloors evaluates the parser on the corpus named by
// $ARTICLE_CORPUS, or else ../../../shared/corpus, and fails when a figure
// falls more than Tolerance below its floor in floors.json. It logs the
// whole table, so that `go test -v -run QualityFloors` shows it. It is
// skipped when there is no corpus, and with -short.
//
// With -update-floors it raises floors.json to the current figures instead
// of checking them.
func TestQualityFloors(t *testing.T) {
	dir, set := os.LookupEnv("ARTICLE_CORPUS")
	if !set || dir == "" {
		dir = defaultCorpus
	}
	if _, err := os.Stat(filepath.Join(dir, Scrapinghub, "truth.json")); err != nil {
		if set {
			t.Fatalf("ARTICLE_CORPUS=%s: %v", dir, err)
		}
		t.Skipf("no evaluation corpus at %s (set ARTICLE_CORPUS to its directory): %v", dir, err)
	}
	if testing.Short() {
		t.Skip("the evaluation parses every corpus page; skipped with -short")
	}
	c, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	floors, err := ReadFloors(floorsFile)
	if err != nil {
		t.Fatal(err)
	}

	r := Evaluator{}.Run(c)
	var table strings.Builder
	if err := r.WriteTable(&table, floors); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + table.String())

	if *updateFloors {
		if err := floors.Raise(r.Figures).Write(floorsFile); err != nil {
			t.Fatal(err)
		}
		t.Logf("raised %s to the current figures", floorsFile)
		return
	}
	for _, failure := range floors.Check(r.Figures) {
		t.Error(failure)
	}
	var unguarded []string
	for _, f := range r.Figures {
		if _, ok := floors[f.Key()]; !ok {
			unguarded = append(unguarded, f.Key())
		}
	}
	if len(unguarded) > 0 {
		t.Logf("no floor for %s; run with -update-floors to set them", strings.Join(unguarded, ", "))
	}
}
