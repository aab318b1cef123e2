package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
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
	"features":    "https://www.millbrook-gazette.example/gardens/2020/02/allotment-water",
	"hostile":     "https://news.eastfield-post.example/town/library-evening-hours",
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

// fixtureTree returns the fixture page at path as html.Parse reads it.
func fixtureTree(t testing.TB, path string) *html.Node {
	t.Helper()
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading fixture: %v", err)
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("html.Parse(%s): %v", path, err)
	}
	return root
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

// responsePage is a page whose relative link shows which address it was
// resolved against.
const responsePage = `<html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>` +
	`<p>The harbour ferry keeps its summer timetable for another month, the operator said, after more passengers than expected used the late crossings. ` +
	`The <a href="/timetables/summer">summer timetable</a> now runs until the end of October.</p></article></body></html>`

func TestParseResponse(t *testing.T) {
	req, err := http.NewRequest(http.MethodGet, "https://news.example.com/2024/ferry", nil)
	if err != nil {
		t.Fatal(err)
	}
	response := func(code int, body string) *http.Response {
		return &http.Response{
			StatusCode: code,
			Status:     fmt.Sprintf("%d %s", code, http.StatusText(code)),
			Header:     http.Header{"Content-Type": {"text/html; charset=utf-8"}},
			Body:       io.NopCloser(strings.NewReader(body)),
			Request:    req,
		}
	}

	t.Run("ok", func(t *testing.T) {
		a, err := Parser{}.ParseResponse(response(http.StatusOK, responsePage))
		if err != nil {
			t.Fatalf("ParseResponse: %v", err)
		}
		if got, want := a.URL, "https://news.example.com/2024/ferry"; got != want {
			t.Errorf("URL = %q, want the request's %q", got, want)
		}
		if links := a.Sections[0].Blocks[0].Links; len(links) != 1 || links[0].URL != "https://news.example.com/timetables/summer" {
			t.Errorf("links = %v, want the relative link resolved against the request URL", links)
		}
	})
	t.Run("nil response", func(t *testing.T) {
		if a, err := (Parser{}).ParseResponse(nil); a != nil || !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseResponse(nil) = %v, %v; want nil, ErrEmpty", a, err)
		}
	})
	t.Run("nil body", func(t *testing.T) {
		resp := response(http.StatusOK, "")
		resp.Body = nil
		if a, err := (Parser{}).ParseResponse(resp); a != nil || !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseResponse = %v, %v; want nil, ErrEmpty", a, err)
		}
	})
	for _, code := range []int{http.StatusNotFound, http.StatusInternalServerError, http.StatusMovedPermanently} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			// An error page can read as an article; it is not parsed.
			a, err := Parser{}.ParseResponse(response(code, responsePage))
			var se *StatusError
			if a != nil || !errors.Is(err, ErrStatus) || !errors.As(err, &se) || se.StatusCode != code {
				t.Fatalf("ParseResponse = %v, %v; want a *StatusError for %d", a, err, code)
			}
			if want := fmt.Sprintf("article: HTTP status %d %s", code, http.StatusText(code)); err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
		})
	}
	if got, want := (&StatusError{StatusCode: 418}).Error(), "article: HTTP status 418 I'm a teapot"; got != want {
		t.Errorf("StatusError without Status = %q, want %q", got, want)
	}
}

// An empty or unusable pageURL is ignored: relative links resolve against
// the page's canonical link when it states one, and are dropped otherwise.
func TestPageURLFallback(t *testing.T) {
	canonical := strings.Replace(responsePage, "<head>", `<head><link rel="canonical" href="https://news.example.com/2024/ferry-canonical">`, 1)
	tests := []struct {
		name, page, pageURL string
		wantURL, wantLink   string
	}{
		{"given", responsePage, "https://news.example.com/2024/ferry", "https://news.example.com/2024/ferry", "https://news.example.com/timetables/summer"},
		{"empty with canonical", canonical, "", "https://news.example.com/2024/ferry-canonical", "https://news.example.com/timetables/summer"},
		{"not a url with canonical", canonical, "not a url", "https://news.example.com/2024/ferry-canonical", "https://news.example.com/timetables/summer"},
		{"relative with canonical", canonical, "/2024/ferry", "https://news.example.com/2024/ferry-canonical", "https://news.example.com/timetables/summer"},
		{"empty without canonical", responsePage, "", "", ""},
		{"ftp without canonical", responsePage, "ftp://news.example.com/2024/ferry", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), tt.pageURL)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", a.URL, tt.wantURL)
			}
			link := ""
			if links := a.Sections[0].Blocks[0].Links; len(links) > 0 {
				link = links[0].URL
			}
			if link != tt.wantLink {
				t.Errorf("link = %q, want %q", link, tt.wantLink)
			}
		})
	}
}

func TestNoBodyReason(t *testing.T) {
	tests := []struct {
		name, page string
		want       NoBodyReason
	}{
		{"article", responsePage, ""},
		{"no text", `<html><head><title>Gallery</title></head><body><div id="app"></div></body></html>`, NoText},
		{"links only", `<html><head><title>Harbour Herald</title></head><body><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></body></html>`, NotAnArticle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.page), "https://news.example.com/")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.NoBody != tt.want || a.IsArticle() != (tt.want == "") {
				t.Errorf("NoBody = %q, IsArticle = %v; want %q", string(a.NoBody), a.IsArticle(), string(tt.want))
			}
			b, _ := json.Marshal(a)
			if has := strings.Contains(string(b), `"noBody":"`+string(tt.want)+`"`); has != (tt.want != "") {
				t.Errorf("JSON %s: noBody %q shown %v", b, string(tt.want), has)
			}
		})
	}
	if got := NotAnArticle.String(); got != "no block of text on the page reads as an article body" {
		t.Errorf("NotAnArticle.String() = %q", got)
	}
}
