package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/articleparse/article"
)

// testPage is a small but complete article page.
const testPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rivers rise across the north</title>
</head>
<body>
<article>
<h1>Rivers rise across the north</h1>
<p class="byline">By Jane Doe</p>
<p>Rivers across the northern provinces rose to their highest level in a decade on Tuesday, forcing thousands of families to leave their homes as emergency crews worked through the night.</p>
<p>The regional water authority said the river at the main gauge had risen by more than two metres in 24 hours, and warned that levels would keep rising until at least Thursday.</p>
<p>Officials opened schools and sports halls as shelters and asked residents in low-lying districts to move their cars and valuables to higher ground before nightfall.</p>
<p>Read the <a href="/weather/forecast">full forecast</a> for the week ahead.</p>
</article>
</body>
</html>
`

// firstParagraph is a sentence of testPage's body that every rendering
// must carry.
const firstParagraph = "Rivers across the northern provinces rose to their highest level in a decade"

// runCLI runs the command with args and stdin, and returns its exit status
// and what it wrote.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// checkFailure checks that a run failed with status want and reported it as
// one "article: " line on stderr mentioning each of mention.
func checkFailure(t *testing.T, code int, stdout, stderr string, want int, mention ...string) {
	t.Helper()
	if code != want {
		t.Errorf("exit status %d, want %d; stderr: %q", code, want, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout on failure: %q", stdout)
	}
	if !strings.HasPrefix(stderr, "article: ") || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr is not one line starting \"article: \": %q", stderr)
	}
	if strings.Contains(stderr, "article: article:") {
		t.Errorf("stderr repeats the prefix: %q", stderr)
	}
	for _, m := range mention {
		if !strings.Contains(strings.ToLower(stderr), strings.ToLower(m)) {
			t.Errorf("stderr %q does not mention %q", stderr, m)
		}
	}
}

// checkSuccess checks that a run succeeded quietly.
func checkSuccess(t *testing.T, code int, stdout, stderr string) {
	t.Helper()
	if code != 0 {
		t.Fatalf("exit status %d, want 0; stderr: %q", code, stderr)
	}
	if stderr != "" {
		t.Errorf("stderr on success: %q", stderr)
	}
	if stdout == "" {
		t.Errorf("empty stdout")
	}
}

// decodeJSON decodes the -format json output.
func decodeJSON(t *testing.T, stdout string) *article.Article {
	t.Helper()
	var a article.Article
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if !strings.Contains(stdout, "\n  \"") {
		t.Errorf("JSON output is not indented:\n%s", stdout)
	}
	return &a
}

// pageHandler serves testPage and records the User-Agent it was asked with.
func pageHandler(ua *atomic.Value) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ua != nil {
			ua.Store(r.Header.Get("User-Agent"))
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	}
}

func TestFetch(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(pageHandler(&ua))
	defer srv.Close()
	pageURL := srv.URL + "/news/rivers"

	t.Run("json", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "-format", "json", pageURL)
		checkSuccess(t, code, stdout, stderr)
		a := decodeJSON(t, stdout)
		if a.URL != pageURL {
			t.Errorf("url = %q, want the fetched address %q", a.URL, pageURL)
		}
		if a.Title != "Rivers rise across the north" {
			t.Errorf("title = %q, want %q", a.Title, "Rivers rise across the north")
		}
		if !strings.Contains(stdout, firstParagraph) {
			t.Errorf("output lacks the body's first paragraph:\n%s", stdout)
		}
		got, _ := ua.Load().(string)
		if got != userAgent {
			t.Errorf("User-Agent = %q, want %q", got, userAgent)
		}
	})
	for _, format := range []string{"markdown", "text", "html"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "-format", format, pageURL)
			checkSuccess(t, code, stdout, stderr)
			if !strings.Contains(stdout, firstParagraph) {
				t.Errorf("output lacks the body's first paragraph:\n%s", stdout)
			}
			if !strings.HasSuffix(stdout, "\n") {
				t.Errorf("output does not end with a newline")
			}
		})
	}
	t.Run("default format is markdown", func(t *testing.T) {
		_, def, _ := runCLI(t, "", pageURL)
		_, md, _ := runCLI(t, "", "-format", "markdown", pageURL)
		if def != md {
			t.Errorf("output without -format differs from -format markdown")
		}
	})
}

func TestFetchUsesContentTypeCharset(t *testing.T) {
	// No <meta charset>: only the header says the bytes are windows-1252.
	page := strings.ReplaceAll(testPage, `<meta charset="utf-8">`, "")
	page = strings.ReplaceAll(page, "Rivers rise across the north", "Caf\xe9 owners count the cost")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()

	code, stdout, stderr := runCLI(t, "", "-format", "json", srv.URL)
	checkSuccess(t, code, stdout, stderr)
	if a := decodeJSON(t, stdout); a.Title != "Café owners count the cost" {
		t.Errorf("title = %q, want %q", a.Title, "Café owners count the cost")
	}
}

func TestFetchRedirects(t *testing.T) {
	var loopHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/story", pageHandler(nil))
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusMovedPermanently) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/story", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		loopHits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// /chain/N redirects N times before serving the page.
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			pageHandler(nil)(w, r)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/story.html", http.StatusFound)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	t.Run("followed", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "-format", "json", srv.URL+"/a")
		checkSuccess(t, code, stdout, stderr)
		if a := decodeJSON(t, stdout); a.URL != srv.URL+"/story" {
			t.Errorf("url = %q, want the address redirected to, %q", a.URL, srv.URL+"/story")
		}
	})
	t.Run("five followed", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", fmt.Sprintf("%s/chain/%d", srv.URL, maxRedirects))
		checkSuccess(t, code, stdout, stderr)
	})
	t.Run("six refused", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", fmt.Sprintf("%s/chain/%d", srv.URL, maxRedirects+1))
		checkFailure(t, code, stdout, stderr, 1, "redirects")
	})
	t.Run("loop stops", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", srv.URL+"/loop")
		checkFailure(t, code, stdout, stderr, 1, "redirects")
		// The first request and five redirects.
		if n := loopHits.Load(); n != maxRedirects+1 {
			t.Errorf("server saw %d requests, want %d", n, maxRedirects+1)
		}
	})
	for _, path := range []string{"/ftp", "/file"} {
		t.Run("to "+path[1:]+" refused", func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", srv.URL+path)
			checkFailure(t, code, stdout, stderr, 1, "redirect", path[1:])
		})
	}
}

func TestRefusesOtherSchemes(t *testing.T) {
	for _, arg := range []string{
		"ftp://example.com/story.html",
		"file:///etc/passwd",
		"javascript:alert(1)",
		"gopher://example.com/1",
		"mailto:editor@example.com",
	} {
		t.Run(arg, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", arg)
			checkFailure(t, code, stdout, stderr, 1, "only http and https")
		})
	}
}

func TestFetchStopsAtSizeLimit(t *testing.T) {
	// The server would send forever; the command must stop reading once
	// the cap is passed rather than wait for the timeout.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>All work and no play makes Jack a dull boy.</p>\n", 100))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer srv.Close()

	start := time.Now()
	code, stdout, stderr := runCLI(t, "", "-max-bytes", "100000", "-timeout", "20s", srv.URL)
	checkFailure(t, code, stdout, stderr, 1, "size limit")
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v to give up", d)
	}
}

func TestFetchTimeout(t *testing.T) {
	// Both handlers stall until the client hangs up, or 10 s pass so that
	// a broken client cannot hang the test.
	stall := func(r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) { stall(r) })
	mux.HandleFunc("/body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, testPage[:200])
		w.(http.Flusher).Flush()
		stall(r)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, path := range []string{"/headers", "/body"} {
		t.Run(path[1:], func(t *testing.T) {
			start := time.Now()
			code, stdout, stderr := runCLI(t, "", "-timeout", "200ms", srv.URL+path)
			checkFailure(t, code, stdout, stderr, 1, "timed out")
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v with -timeout 200ms", d)
			}
		})
	}
}

func TestFetchErrorStatus(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, testPage) // an error page can look like an article
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	t.Run("404", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", srv.URL+"/missing")
		checkFailure(t, code, stdout, stderr, 1, "404 Not Found")
	})
	t.Run("500", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", srv.URL+"/broken")
		checkFailure(t, code, stdout, stderr, 1, "500")
	})
}

func TestFetchConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(pageHandler(nil))
	addr := srv.URL
	srv.Close() // nothing listens there now

	code, stdout, stderr := runCLI(t, "", "-timeout", "5s", addr)
	checkFailure(t, code, stdout, stderr, 1, addr)
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFile(t *testing.T) {
	path := writeFile(t, "rivers.html", testPage)

	t.Run("text", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "-format", "text", path)
		checkSuccess(t, code, stdout, stderr)
		if !strings.Contains(stdout, firstParagraph) {
			t.Errorf("output lacks the body's first paragraph:\n%s", stdout)
		}
	})
	t.Run("url resolves links", func(t *testing.T) {
		const pageURL = "https://news.example.com/2024/rivers"
		code, stdout, stderr := runCLI(t, "", "-format", "json", "-url", pageURL, path)
		checkSuccess(t, code, stdout, stderr)
		if a := decodeJSON(t, stdout); a.URL != pageURL {
			t.Errorf("url = %q, want the -url %q", a.URL, pageURL)
		}
		if !strings.Contains(stdout, `"https://news.example.com/weather/forecast"`) {
			t.Errorf("the relative link /weather/forecast is not resolved against -url:\n%s", stdout)
		}
	})
	t.Run("without url relative links are dropped", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", "-format", "json", path)
		checkSuccess(t, code, stdout, stderr)
		if strings.Contains(stdout, "/weather/forecast") {
			t.Errorf("the relative link /weather/forecast is kept with no page address:\n%s", stdout)
		}
	})
}

func TestStdin(t *testing.T) {
	for _, args := range [][]string{{}, {"-"}, {"-format", "text", "-"}} {
		t.Run(strings.Join(append([]string{"args"}, args...), " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, testPage, args...)
			checkSuccess(t, code, stdout, stderr)
			if !strings.Contains(stdout, firstParagraph) {
				t.Errorf("output lacks the body's first paragraph:\n%s", stdout)
			}
		})
	}
}

func TestInputErrors(t *testing.T) {
	tests := []struct {
		name    string
		stdin   string
		args    []string
		mention []string
	}{
		{"missing file", "", []string{filepath.Join(t.TempDir(), "nope.html")}, []string{"nope.html", "no such file"}},
		{"PDF file", "", []string{writeFile(t, "doc.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")}, []string{"doc.html", "not HTML"}},
		{"empty file", "", []string{writeFile(t, "empty.html", "")}, []string{"empty.html", "empty"}},
		{"empty stdin", " \n\t ", nil, []string{"standard input", "empty"}},
		{"stdin over the size limit", testPage, []string{"-max-bytes", "100"}, []string{"size limit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.stdin, tt.args...)
			checkFailure(t, code, stdout, stderr, 1, tt.mention...)
		})
	}
}

func TestUsageErrors(t *testing.T) {
	page := writeFile(t, "page.html", testPage)
	for _, args := range [][]string{
		{"-format", "xml", page},
		{"-no-such-flag", page},
		{"-timeout", "soon", page},
		{"-timeout", "-1s", page},
		{"-max-bytes", "lots", page},
		{page, page},
		{"-url", "/relative/path", page},
		{"-url", "ftp://example.com/x", page},
		{"-url", "https://example.com/x", "https://example.com/y"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", args...)
			checkFailure(t, code, stdout, stderr, 2, "usage:")
		})
	}
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "-h")
	if code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	if stderr != "" {
		t.Errorf("stderr: %q", stderr)
	}
	for _, flag := range []string{"usage:", "-format", "-url", "-timeout", "-max-bytes"} {
		if !strings.Contains(stdout, flag) {
			t.Errorf("help does not mention %q:\n%s", flag, stdout)
		}
	}
}

// A page with no article body is no failure: its metadata is written out,
// the JSON says why there is no body, and so does one line on stderr.
func TestNoBody(t *testing.T) {
	const front = `<html><head><title>Harbour Herald</title></head><body><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></body></html>`
	path := writeFile(t, "front.html", front)
	for _, format := range []string{"json", "markdown", "text", "html"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "-format", format, path)
			if code != 0 {
				t.Fatalf("exit status %d, want 0; stderr: %q", code, stderr)
			}
			if want := "article: " + path + ": no article body (not-an-article): no block of text on the page reads as an article body\n"; stderr != want {
				t.Errorf("stderr = %q, want %q", stderr, want)
			}
			if format == "json" {
				if a := decodeJSON(t, stdout); a.NoBody != article.NotAnArticle {
					t.Errorf("noBody = %q, want %q", string(a.NoBody), string(article.NotAnArticle))
				}
			}
		})
	}
}
