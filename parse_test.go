package article

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixtureURLs are the addresses the fixture pages were modelled on being
// served from; links resolve against them.
var fixtureURLs = map[string]string{
	"moscowtimes": "https://www.themoscowtimes.com/2023/09/30/nagorno-karabakh-empties-as-armenia-says-100000-have-fled-a82619",
}

// fixtures returns the fixture pages' names and paths.
func fixtures(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		out[strings.TrimSuffix(filepath.Base(p), ".html")] = p
	}
	return out
}

func parseFixture(t testing.TB, name, path string) *Article {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading fixture: %v", err)
	}
	a, err := Parse(bytes.NewReader(page), fixtureURLs[name])
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return a
}

// TestGolden compares each fixture's parse with its reviewed golden JSON.
// Regenerate with go test -update and read the diff before committing.
func TestGolden(t *testing.T) {
	for name, path := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			got := parseFixture(t, name, path)
			goldenPath := filepath.Join("testdata", "golden", name+".json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("no golden file (run go test -update): %v", err)
			}
			var want Article
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("golden %s: %v", goldenPath, err)
			}
			// Compare through JSON so both sides carry the same time
			// representation.
			var gotRT Article
			gb, _ := json.Marshal(got)
			if err := json.Unmarshal(gb, &gotRT); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, gotRT); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// TestMarkdownGolden checks the Moscow Times fixture's Markdown, which
// reads like the seed reading of the same article.
func TestMarkdownGolden(t *testing.T) {
	const name = "moscowtimes"
	got := parseFixture(t, name, filepath.Join("testdata", "pages", name+".html")).Markdown()
	goldenPath := filepath.Join("testdata", "golden", name+".md")
	if *update {
		if err := os.WriteFile(goldenPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("no golden file (run go test -update): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("Markdown mismatch (-want +got):\n%s", diff)
	}
}

// TestFixtureProperties checks what must hold on every page besides its
// golden: the same result twice, the input tree untouched, every URL
// absolute, Text() free of promos and captions.
func TestFixtureProperties(t *testing.T) {
	for name, path := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			a := parseFixture(t, name, path)
			if b := parseFixture(t, name, path); !cmp.Equal(a, b) {
				t.Errorf("two parses differ: %s", cmp.Diff(a, b))
			}
			if !a.IsArticle() {
				t.Errorf("no body: %s", a.NoBody)
			}
			text := a.Text()
			for _, s := range a.Sections {
				for _, bl := range s.Blocks {
					if bl.Type == Related && strings.Contains(text, bl.Text) {
						t.Errorf("Text() holds the promo %q", bl.Text)
					}
				}
			}
			checkNoCaptionInText(t, "", a)
			for _, u := range articleURLs(a) {
				if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
					t.Errorf("URL %q is not absolute http(s)", u)
				}
			}

			page, _ := os.ReadFile(path)
			root, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var before, after bytes.Buffer
			html.Render(&before, root)
			if _, err := (Parser{}).ParseNode(root, fixtureURLs[name]); err != nil {
				t.Fatal(err)
			}
			html.Render(&after, root)
			if !bytes.Equal(before.Bytes(), after.Bytes()) {
				t.Error("ParseNode modified the tree")
			}
		})
	}
}
