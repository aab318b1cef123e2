package article

import (
	"bytes"
	stdcmp "cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// robustPageURL is the address the test pages are parsed with.
const robustPageURL = "https://www.example.com/news/2024/05/rivers.html"

// prompt is how long a parse of a hostile input may take before the test
// calls it hung. It is generous: the point is to catch runaway work, not
// to time it, and -race slows everything several times over.
const prompt = 20 * time.Second

// namedPage is a test input and the name to report it by.
type namedPage struct {
	name string
	src  []byte
}

// testPages returns the fixture pages under testdata/pages followed by the
// pages written in this file.
func testPages(t testing.TB) []namedPage {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []namedPage
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, namedPage{filepath.Base(p), b})
	}
	return append(pages,
		namedPage{"sample page", []byte(samplePage)},
		namedPage{"hostile URLs page", []byte(hostileURLPage)},
	)
}

// samplePage is an ordinary article page with the parts Parse looks for.
const samplePage = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Rivers rise across the north | The Example Times</title>
<meta name="description" content="Thousands leave their homes as water levels reach a ten-year high.">
<meta property="og:site_name" content="The Example Times">
<meta property="og:image" content="/img/rivers-lead.jpg">
<meta property="article:published_time" content="2024-05-14T08:30:00+01:00">
<link rel="canonical" href="https://www.example.com/news/2024/05/rivers.html">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Rivers rise across the north</h1>
<p class="byline">By <a href="/authors/jane-doe" rel="author">Jane Doe</a> and AFP</p>
<time datetime="2024-05-14T08:30:00+01:00">14 May 2024</time>
<figure><img src="/img/rivers-lead.jpg" alt="A flooded street" width="1200" height="800">
<figcaption>Water covers a street in the old town. <span class="credit">Photo: John Smith / AFP</span></figcaption></figure>
<p>Rivers across the northern provinces rose to their highest level in a decade on Tuesday, forcing thousands of families to leave their homes as emergency crews worked through the night.</p>
<p>The regional water authority said the river at the main gauge had risen by more than two metres in 24 hours, and warned that levels would keep rising until at least Thursday.</p>
<p><strong>Read more:</strong> <a href="/news/2024/05/dams.html">Old dams under strain as rain continues</a></p>
<h2>Shelters open</h2>
<p>Officials opened schools and sports halls as shelters and asked residents in low-lying districts to move their cars and valuables to higher ground before nightfall.</p>
<ul><li>Keep away from flood water.</li><li>Follow the <a href="https://www.example.org/advice">official advice</a>.</li></ul>
<blockquote><p>"We have never seen the water come up this fast," said one shop owner, who has lived by the river for forty years.</p></blockquote>
<p>Forecasters expect the rain to ease by the weekend, though rivers downstream may not peak until next week, when the water from the hills reaches the plain.</p>
<table><tr><th>Town</th><th>Level</th></tr><tr><td>Northbridge</td><td>4.2 m</td></tr><tr><td>Eastford</td><td>3.9 m</td></tr></table>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/2024/05/dams.html">Old dams under strain as rain continues</a></li>
<li><a href="/news/2024/04/drought.html">Last year's drought, in pictures</a></li>
</ul></aside>
</main>
<footer><p>&copy; The Example Times. All rights reserved.</p></footer>
</body>
</html>
`

// hostileURLPage is an article whose links, images and metadata point at
// script, data and other non-web URLs, written in the ways that slip past
// naive checks.
const hostileURLPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<base href="javascript:alert('base')//">
<title>Council approves the new bridge</title>
<link rel="canonical" href="javascript:alert('canonical')">
<meta property="og:url" content="vbscript:msgbox('og-url')">
<meta property="og:image" content="data:image/svg+xml,<svg onload=alert('og-image')>">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Council approves the new bridge","url":"javascript:alert('ld-url')",
"image":{"@type":"ImageObject","url":"data:image/png;base64,iVBORw0KGgo="},
"author":{"@type":"Person","name":"Sam Writer","url":"javascript:alert('ld-author')"}}</script>
</head>
<body>
<script>alert('script-in-body')</script>
<style>.x { background: url(javascript:alert('style')) }</style>
<article>
<h1>Council approves the new bridge</h1>
<p class="byline">By <a rel="author" href="javascript:alert('author')">Sam Writer</a></p>
<figure><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="pixel">
<figcaption>A data image.</figcaption></figure>
<p>The city council voted on Monday night to approve the new bridge across the river, ending a debate that has divided the town for more than ten years. <a href="javascript:alert('plain')">First link</a>.</p>
<p>Supporters say the bridge will cut journey times in half for commuters from the eastern suburbs, who now face a detour of several miles. <a href=" JaVaScRiPt:alert('mixed-case')">Second link</a>.</p>
<p>Opponents argue that the cost has doubled since the plan was first proposed and that the money would be better spent on buses. <a href="vbscript:msgbox('vbs')">Third link</a>.</p>
<p>Work is expected to start next spring and to take about three years, the council said in a statement after the vote. <a href="&#106;avascript:alert('entity')">Fourth link</a>.</p>
<p>Residents near the planned site will be offered compensation for the noise during construction, according to the plan. <a href="java&#x09;script:alert('tab')">Fifth link</a> and <a href="java&#10;script:alert('newline')">sixth link</a>.</p>
<p>The design was chosen from twelve entries in a public competition held two years ago, and the winning firm is based in the city. <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+">Seventh link</a>.</p>
<p>Councillors from both sides said they hoped the decision would let the town move on. <a href="JAVASCRIPT:alert('upper')">Eighth link</a> <a href="javascript://www.example.com/%0Aalert('comment')">ninth link</a> <a href="&#1;javascript:alert('control')">tenth link</a>.</p>
<p>More details are on the <a href="https://www.example.com/council/bridge">council's website</a>.</p>
<img src="javascript:alert('img')" alt="bad image">
<img srcset="javascript:alert('srcset') 1x" alt="bad srcset">
<iframe src="javascript:alert('iframe')"></iframe>
</article>
</body>
</html>
`

// hostileInputs are pages built to break a parser: deep nesting, unclosed
// tags, control bytes, invalid UTF-8, huge attributes and many links. big
// selects the full-size versions; the small ones suit a fuzz seed, where
// every byte of a seed costs time each run and while minimizing.
func hostileInputs(big bool) []namedPage {
	depth, links, attr := 5000, 5000, 16<<10
	if big {
		depth, links, attr = 100000, 100000, 1<<20
	}
	return []namedPage{
		{"deep divs", deepPage("div", depth)},
		{"deep spans", deepPage("span", depth)},
		{"unclosed tags", []byte(unclosedPage)},
		{"NUL bytes", nulPage()},
		{"invalid UTF-8", []byte(invalidUTF8Page)},
		{"giant attribute", giantAttributePage(attr)},
		{"many links", manyLinksPage(links)},
		{"PDF header", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")},
		{"hostile URLs", []byte(hostileURLPage)},
	}
}

// deepPage nests n elements of one tag around a paragraph of text.
func deepPage(tag string, n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Deep</title></head><body>")
	for range n {
		b.WriteString("<" + tag + ">")
	}
	b.WriteString(deepParagraph)
	return b.Bytes()
}

const unclosedPage = `<!DOCTYPE html><html><head><title>Unclosed tags everywhere
<body><article><h1>Unclosed tags everywhere<p>The first paragraph never closes and runs on into the next one, which is how some old content systems wrote their pages.
<p>The second paragraph has <b>bold text that <i>never ends and <a href="/x">a link that is not closed
<p>The third <ul><li>an item<li>another item<table><tr><td>a cell<td>another<tr><td>row two
<div><span><em><strong><code>deeply unclosed <pre>preformatted
text</div></div></div><p>After stray closing tags.</p></section></article></html></body>
<script>document.write("<p>not closed
<!-- a comment that never ends <p>hidden
`

// nulPage has NUL and other C0 bytes in its body, past the first 1024 bytes
// that the sniffer checks for binary data.
func nulPage() []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><!-- " + strings.Repeat("padding ", 150) + "-->")
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>Nul\x00 bytes</title></head><body><article>")
	for i := range 5 {
		fmt.Fprintf(&b, "<p>Paragraph %d has a NUL\x00 byte, a bell\x07, an escape\x1b[31m and a backspace\x08 inside its text, which a parser must not pass on.</p>\n", i)
	}
	b.WriteString("<p class=\"x\x00y\" title=\"a\x00b\">Attributes with NULs\x00.</p><pre>code\x00 with\x01 control\x7f bytes</pre></article></body></html>")
	return b.Bytes()
}

// invalidUTF8Page declares UTF-8 and then breaks it: a lone Latin-1 byte, a
// truncated sequence, an encoded surrogate, an overlong form and a code
// point above U+10FFFF.
const invalidUTF8Page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Caf\xe9 \xc3 news</title>" +
	"<meta name=\"description\" content=\"bad \xed\xa0\x80 surrogate\"></head><body><article>" +
	"<h1>Caf\xe9 owners \xc3\x28 count the cost</h1>" +
	"<p>Owners of caf\xe9s along the river say the floods cost them a month of trade \xf4\x90\x80\x80 and that insurers have been slow to pay.</p>" +
	"<p>An overlong slash \xc0\xaf and a stray continuation byte \x80 should not survive into the text of the article body.</p>" +
	"<p>Some owners have reopened already; others say they will wait until the river falls \xff\xfe before they repair the damage.</p>" +
	"<figure><img src=\"/img/caf\xe9.jpg\" alt=\"caf\xe9\"><figcaption>A caf\xe9 \xe2\x82</figcaption></figure>" +
	"<p><a href=\"/news/caf\xe9-owners\">Caf\xe9 owners</a> \xf0\x9f\x98</p></article></body></html>"

// giantAttributePage carries an attribute value of n bytes on several
// kinds of element.
func giantAttributePage(n int) []byte {
	v := strings.Repeat("a", n)
	return []byte(`<!DOCTYPE html><html><head><title>Giant attribute</title>` +
		`<meta property="og:image" content="https://www.example.com/` + v + `.jpg"></head><body>` +
		`<div class="` + v + `"><article><h1 title="` + v + `">Giant attribute</h1>` +
		`<p data-x="` + v + `">A paragraph of ordinary text, long enough to count as the body of an article page.</p>` +
		`<p>A second paragraph links <a href="https://www.example.com/` + v + `">somewhere far</a> with a very long address.</p>` +
		`<figure><img src="/img/` + v + `.jpg" alt="` + v + `"><figcaption>Giant alt text.</figcaption></figure>` +
		`</article></div></body></html>`)
}

// manyLinksPage has a short article followed by a related-stories box of n
// links.
func manyLinksPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html><head><title>Many links</title></head><body><article><h1>Many links</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the article, with enough ordinary words in it to look like the body of a news story.</p>", i)
	}
	b.WriteString(`</article><aside class="related"><h2>Related stories</h2><ul>`)
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/s/%d">Story %d</a>`, i, i)
	}
	b.WriteString(`</ul></aside></body></html>`)
	return b.Bytes()
}

// parseChecked parses src from r and checks the rule every call keeps: an
// error comes with a nil article, and success with a non-nil one.
func parseChecked(t testing.TB, p Parser, r io.Reader, pageURL string) (*Article, error) {
	t.Helper()
	a, err := p.Parse(r, pageURL)
	if err != nil && a != nil {
		t.Errorf("Parse returned an article along with the error %v", err)
	}
	if err == nil && a == nil {
		t.Errorf("Parse returned neither an article nor an error")
	}
	return a, err
}

// within runs f and fails the test if it takes longer than d. f keeps
// running after the failure; the test binary ends soon after anyway.
func within(t *testing.T, d time.Duration, what string, f func()) time.Duration {
	t.Helper()
	start := time.Now()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
		return time.Since(start)
	case <-time.After(d):
		t.Fatalf("%s: still running after %v", what, d)
		return 0
	}
}

func TestParseOneByteAtATime(t *testing.T) {
	for _, pg := range testPages(t) {
		t.Run(pg.name, func(t *testing.T) {
			want, wantErr := parseChecked(t, Parser{}, bytes.NewReader(pg.src), robustPageURL)
			got, err := parseChecked(t, Parser{}, iotest.OneByteReader(bytes.NewReader(pg.src)), robustPageURL)
			if !errors.Is(err, wantErr) {
				t.Fatalf("error = %v, want %v as from the whole input", err, wantErr)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("reading one byte at a time changed the result (-whole +bytewise):\n%s", diff)
			}
			if err == nil {
				checkSafeFor(t, got, pg.src)
			}
		})
	}
}

// dataThenError returns its data, then err, like a network connection
// that drops mid-page.
type dataThenError struct {
	data []byte
	err  error
}

func (r *dataThenError) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// dataWithError returns all its data together with err in one call, which
// io.Reader allows.
type dataWithError struct {
	data []byte
	err  error
	done bool
}

func (r *dataWithError) Read(p []byte) (int, error) {
	if r.done {
		return 0, r.err
	}
	r.done = true
	return copy(p, r.data), r.err
}

// overcount claims to have read more bytes than it was given room for.
type overcount struct{}

func (overcount) Read(p []byte) (int, error) { return len(p) + 10, nil }

func TestParseReadErrors(t *testing.T) {
	cause := errors.New("connection reset by peer")
	page := []byte(samplePage)
	tests := []struct {
		name  string
		r     io.Reader
		cause error // nil: only ErrRead is promised
	}{
		{"error at once", iotest.ErrReader(cause), cause},
		{"error after data", &dataThenError{page[:len(page)/2], cause}, cause},
		{"error with data", &dataWithError{data: page[:len(page)/2], err: cause}, cause},
		{"error after a byte at a time", iotest.OneByteReader(&dataThenError{page[:300], cause}), cause},
		{"timeout", iotest.TimeoutReader(iotest.HalfReader(bytes.NewReader(page))), iotest.ErrTimeout},
		{"unexpected EOF", &dataThenError{page[:100], io.ErrUnexpectedEOF}, io.ErrUnexpectedEOF},
		{"count larger than the buffer", overcount{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseChecked(t, Parser{}, tt.r, robustPageURL)
			if !errors.Is(err, ErrRead) {
				t.Errorf("error = %v, want ErrRead", err)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("error = %v, does not wrap the reader's %v", err, tt.cause)
			}
		})
	}

	t.Run("data with EOF", func(t *testing.T) {
		// Returning the last bytes together with io.EOF is not an error.
		want, err := parseChecked(t, Parser{}, bytes.NewReader(page), robustPageURL)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseChecked(t, Parser{}, iotest.DataErrReader(bytes.NewReader(page)), robustPageURL)
		if err != nil {
			t.Fatalf("error = %v, want none", err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("result differs (-want +got):\n%s", diff)
		}
	})
}

// endless is a page that never ends.
type endless struct{ n int64 }

func (r *endless) Read(p []byte) (int, error) {
	const line = "<p>All work and no play makes Jack a dull boy.</p>\n"
	for i := range p {
		p[i] = line[(r.n+int64(i))%int64(len(line))]
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestParseStopsAtSizeLimit(t *testing.T) {
	for _, tt := range []struct {
		name string
		p    Parser
		max  int64 // the most bytes the parser may read
	}{
		{"MaxBytes 1 MiB", Parser{MaxBytes: 1 << 20}, 1<<20 + readChunk},
		{"default", Parser{}, DefaultMaxBytes + readChunk},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := &endless{}
			var err error
			within(t, prompt, "endless reader", func() {
				_, err = parseChecked(t, tt.p, r, "")
			})
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("error = %v, want ErrTooLarge", err)
			}
			if r.n > tt.max {
				t.Errorf("read %d bytes, want at most %d", r.n, tt.max)
			}
		})
	}

	t.Run("exactly at the limit", func(t *testing.T) {
		page := []byte(samplePage)
		p := Parser{MaxBytes: int64(len(page))}
		if _, err := parseChecked(t, p, bytes.NewReader(page), ""); err != nil {
			t.Errorf("a page of exactly MaxBytes: error = %v, want none", err)
		}
		p.MaxBytes--
		if _, err := parseChecked(t, p, bytes.NewReader(page), ""); !errors.Is(err, ErrTooLarge) {
			t.Errorf("a page one byte over MaxBytes: error = %v, want ErrTooLarge", err)
		}
		if _, err := parseChecked(t, p, iotest.OneByteReader(bytes.NewReader(page)), ""); !errors.Is(err, ErrTooLarge) {
			t.Errorf("a page one byte over MaxBytes, a byte at a time: error = %v, want ErrTooLarge", err)
		}
	})

	t.Run("negative means no limit", func(t *testing.T) {
		// The reader fails past the default limit, so that what stops
		// the parse is the reader and not a limit, and nothing is
		// left to parse.
		cause := errors.New("end of the test data")
		r := io.MultiReader(io.LimitReader(&endless{}, DefaultMaxBytes+readChunk+1), iotest.ErrReader(cause))
		if _, err := parseChecked(t, Parser{MaxBytes: -1}, r, ""); !errors.Is(err, cause) {
			t.Errorf("MaxBytes -1 on more than DefaultMaxBytes: error = %v, want the reader's", err)
		}
	})
}

// cancelAfter cancels a context once it has been read from n times, and
// goes on returning data.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	if c.n--; c.n == 0 {
		c.cancel()
	}
	return c.r.Read(p)
}

func TestParseCancelled(t *testing.T) {
	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		a, err := Parser{}.ParseContext(ctx, strings.NewReader(samplePage), robustPageURL)
		if !errors.Is(err, context.Canceled) || a != nil {
			t.Errorf("got %v, %v; want nil, context.Canceled", a, err)
		}
	})
	t.Run("while reading", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		r := &cancelAfter{r: iotest.OneByteReader(&endless{}), n: 10, cancel: cancel}
		var a *Article
		var err error
		within(t, prompt, "cancelled read", func() {
			a, err = Parser{MaxBytes: -1}.ParseContext(ctx, r, robustPageURL)
		})
		if !errors.Is(err, context.Canceled) || a != nil {
			t.Errorf("got %v, %v; want nil, context.Canceled", a, err)
		}
	})
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
		defer cancel()
		<-ctx.Done()
		a, err := Parser{}.ParseContext(ctx, strings.NewReader(samplePage), robustPageURL)
		if !errors.Is(err, context.DeadlineExceeded) || a != nil {
			t.Errorf("got %v, %v; want nil, context.DeadlineExceeded", a, err)
		}
	})
}

func TestParseEmpty(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"nothing", ""},
		{"spaces", "   "},
		{"whitespace", " \t\r\n\f \n"},
		{"a lot of whitespace", strings.Repeat(" \n", 50000)},
		{"byte order mark", "\xef\xbb\xbf"},
		{"byte order mark and whitespace", "\xef\xbb\xbf \n\t "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseChecked(t, Parser{}, strings.NewReader(tt.in), robustPageURL); !errors.Is(err, ErrEmpty) {
				t.Errorf("error = %v, want ErrEmpty", err)
			}
		})
	}
	t.Run("nil reader", func(t *testing.T) {
		if _, err := parseChecked(t, Parser{}, nil, ""); !errors.Is(err, ErrEmpty) {
			t.Errorf("error = %v, want ErrEmpty", err)
		}
	})
	t.Run("nil node", func(t *testing.T) {
		if a, err := (Parser{}).ParseNode(nil, ""); !errors.Is(err, ErrEmpty) || a != nil {
			t.Errorf("got %v, %v; want nil, ErrEmpty", a, err)
		}
	})
	t.Run("nil document", func(t *testing.T) {
		if a, err := (Parser{}).ParseDocument(nil, ""); !errors.Is(err, ErrEmpty) || a != nil {
			t.Errorf("got %v, %v; want nil, ErrEmpty", a, err)
		}
	})
}

func TestParseNotHTML(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(samplePage))
	zw.Close()
	random := make([]byte, 4096)
	rng := rand.NewChaCha8([32]byte{1})
	rng.Read(random)

	for _, tt := range []struct {
		name string
		in   []byte
	}{
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")},
		{"JPEG", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00<html>")},
		{"GIF", []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,")},
		{"ZIP", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00<html><body>")},
		{"gzipped HTML", gz.Bytes()},
		{"JSON object", []byte(`{"title": "<b>Not a page</b>", "body": "<p>text</p>"}`)},
		{"JSON array", []byte(`[{"html": "<p>one</p>"}, {"html": "<p>two</p>"}]`)},
		{"JSON after whitespace", []byte("\n  {\"a\": \"<div>\"}")},
		{"random bytes", random},
		{"plain text", []byte("Rivers rise across the north.\n\nThousands of families left their homes on Tuesday.\n")},
		{"plain text with a less-than sign", []byte("Water levels: 3 < 4 metres at the gauge, and falling.\n")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseChecked(t, Parser{}, bytes.NewReader(tt.in), robustPageURL); !errors.Is(err, ErrNotHTML) {
				t.Errorf("error = %v, want ErrNotHTML", err)
			}
		})
	}
}

// deepParagraph is the text deepPage and deepTree nest.
const deepParagraph = "The innermost paragraph says something long enough to count as the text of an article body."

func TestParseDeepNesting(t *testing.T) {
	// The documented outcome: a page nested more than 512 elements deep
	// (html and body included) is rejected with ErrMalformed, promptly;
	// one that is not is read, its innermost text included.
	for _, tag := range []string{"div", "span", "b", "blockquote"} {
		t.Run(tag+" 100000 deep", func(t *testing.T) {
			var err error
			within(t, prompt, "deep page", func() {
				_, err = parseChecked(t, Parser{}, bytes.NewReader(deepPage(tag, 100000)), robustPageURL)
			})
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("error = %v, want ErrMalformed", err)
			}
		})
	}
	for _, tt := range []struct {
		divs int
		err  error
	}{
		{500, nil},
		{510, nil}, // html, body and 510 divs: 512 elements deep
		{511, ErrMalformed},
	} {
		t.Run(fmt.Sprintf("div %d deep", tt.divs), func(t *testing.T) {
			src := deepPage("div", tt.divs)
			var a *Article
			var err error
			within(t, prompt, "deep page", func() {
				a, err = parseChecked(t, Parser{}, bytes.NewReader(src), robustPageURL)
			})
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			checkSafeFor(t, a, src)
			if !strings.Contains(a.Text(), deepParagraph) {
				t.Errorf("the innermost paragraph is missing from Text() = %q", a.Text())
			}
		})
	}
	// ParseNode takes trees from anywhere, and they have no depth limit:
	// such a tree is read, and the body is read to 600 levels down, the
	// documented bound of the one pass that recurses.
	for _, tt := range []struct {
		depth  int
		inBody bool
	}{
		{590, true},
		{610, false},
		{100000, false},
	} {
		t.Run(fmt.Sprintf("tree %d deep", tt.depth), func(t *testing.T) {
			root := deepTree(tt.depth)
			var a *Article
			var err error
			within(t, prompt, "deep tree", func() {
				a, err = Parser{}.ParseNode(root, robustPageURL)
			})
			if err != nil || a == nil {
				t.Fatalf("ParseNode = %v, %v; want an article", a, err)
			}
			checkSafe(t, a)
			if got := strings.Contains(a.Text(), deepParagraph); got != tt.inBody {
				t.Errorf("innermost paragraph in the body: %v, want %v (Text() = %q, NoBody = %q)", got, tt.inBody, a.Text(), a.NoBody)
			}
			if !tt.inBody && a.NoBody == "" {
				t.Errorf("no body read and NoBody empty")
			}
		})
	}
}

// deepTree builds a document whose body nests depth divs around
// deepParagraph, as a caller of ParseNode might, past any parser's limit.
func deepTree(depth int) *html.Node {
	root := &html.Node{Type: html.DocumentNode}
	htmlNode := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	root.AppendChild(htmlNode)
	htmlNode.AppendChild(body)
	n := body
	for range depth {
		c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: deepParagraph})
	return root
}

func TestParseMalformedInput(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  []byte
		err  error // nil: an article
	}{
		{"unclosed tags", []byte(unclosedPage), nil},
		{"NUL bytes", nulPage(), nil},
		{"invalid UTF-8", []byte(invalidUTF8Page), nil},
		{"invalid UTF-8, no charset declared", []byte(strings.ReplaceAll(invalidUTF8Page, `<meta charset="utf-8">`, "")), nil},
		{"giant attribute", giantAttributePage(1 << 20), nil},
		{"many unclosed paragraphs", []byte("<title>Paragraphs</title>" + strings.Repeat("<p>An unclosed paragraph of ordinary text.", 20000)), nil},
		// An <a> closes the one before it, so these stay shallow.
		{"many unclosed links", []byte("<title>Links</title><p>" + strings.Repeat(`<a href="/x">an unclosed link `, 20000)), nil},
		// Tables and formatting elements nest when left open, and pass
		// the HTML parser's limit of 512.
		{"many unclosed tables", []byte("<title>Tables</title>" + strings.Repeat("<table><tr><td>cell ", 20000)), ErrMalformed},
		{"many unclosed formatting tags", []byte("<title>Formatting</title><p>" + strings.Repeat("<b><i><u>text ", 20000)), ErrMalformed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var a *Article
			var err error
			d := within(t, prompt, tt.name, func() {
				a, err = parseChecked(t, Parser{}, bytes.NewReader(tt.src), robustPageURL)
			})
			t.Logf("%d bytes parsed in %v", len(tt.src), d)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			if err == nil {
				checkSafeFor(t, a, tt.src)
			}
		})
	}

	t.Run("NUL bytes at the start", func(t *testing.T) {
		// Binary data in the first bytes is what the sniffer looks for.
		in := "<html>\x00\x00\x00<body><p>text</p></body></html>"
		if _, err := parseChecked(t, Parser{}, strings.NewReader(in), ""); !errors.Is(err, ErrNotHTML) {
			t.Errorf("error = %v, want ErrNotHTML", err)
		}
	})
	t.Run("NUL bytes do not survive", func(t *testing.T) {
		a, err := parseChecked(t, Parser{}, bytes.NewReader(nulPage()), robustPageURL)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{a.Text(), a.Markdown(), a.Title} {
			if strings.ContainsAny(s, "\x00\x07\x1b\x08") {
				t.Errorf("control bytes in %q", s)
			}
		}
	})
}

func TestParseManyLinks(t *testing.T) {
	// A time per link that grows with the number of links shows as a ratio
	// well above the tenfold growth in input.
	small, large := 10000, 100000
	if raceEnabled {
		small, large = 2000, 20000
	}
	timeOf := func(n int) (*Article, time.Duration) {
		src := manyLinksPage(n)
		var a *Article
		var err error
		d := within(t, prompt, fmt.Sprintf("%d links", n), func() {
			a, err = parseChecked(t, Parser{}, bytes.NewReader(src), robustPageURL)
		})
		if err != nil {
			t.Fatalf("%d links: error = %v", n, err)
		}
		return a, d
	}
	_, dSmall := timeOf(small)
	a, dLarge := timeOf(large)
	t.Logf("%d links in %v, %d links in %v; %d related links kept", small, dSmall, large, dLarge, len(a.Related))
	if ratio := float64(dLarge) / float64(dSmall); ratio > 40 && dLarge > time.Second {
		t.Errorf("%d links took %.0f times as long as %d: the work grows faster than the page", large, ratio, small)
	}
	// The documented cap: 30 links from one box. (A box this long reads
	// as a listing, not a related box, and gives none.)
	if len(a.Related) > maxBoxLinks {
		t.Errorf("kept %d related links from one box of %d; want at most %d", len(a.Related), large, maxBoxLinks)
	}
	checkSafe(t, a)
}

func TestRelatedLinksCapped(t *testing.T) {
	// Six boxes of 40 links each: 30 from each box, and 100 in all.
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Many boxes</title></head><body><article><h1>Many boxes</h1>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the article, with enough ordinary words in it to look like the body of a news story.</p>", i)
	}
	b.WriteString(`</article>`)
	const boxes, perBox = 6, 40
	for box := range boxes {
		fmt.Fprintf(&b, `<aside class="related"><h2>Related stories</h2><ul>`)
		for i := range perBox {
			fmt.Fprintf(&b, `<li><a href="/box%d/story-%d.html">Story %d of box %d</a></li>`, box, i, i, box)
		}
		b.WriteString(`</ul></aside>`)
	}
	b.WriteString(`</body></html>`)
	a, err := parseChecked(t, Parser{}, strings.NewReader(b.String()), robustPageURL)
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, a)
	fromBox := map[string]int{}
	for _, l := range a.Related {
		u, err := url.Parse(l.URL)
		if err != nil {
			t.Fatal(err)
		}
		fromBox[strings.Split(u.Path, "/")[1]]++
	}
	for box, n := range fromBox {
		if n > maxBoxLinks {
			t.Errorf("%d related links from %s; want at most %d", n, box, maxBoxLinks)
		}
	}
	if len(a.Related) != maxRelated {
		t.Errorf("%d related links from %d boxes of %d (%v); want the cap, %d", len(a.Related), boxes, perBox, fromBox, maxRelated)
	}
}

func TestParseHostileURLs(t *testing.T) {
	for _, pageURL := range []string{robustPageURL, ""} {
		t.Run(fmt.Sprintf("page URL %q", pageURL), func(t *testing.T) {
			a, err := parseChecked(t, Parser{}, strings.NewReader(hostileURLPage), pageURL)
			if err != nil {
				t.Fatal(err)
			}
			checkSafeFor(t, a, []byte(hostileURLPage))
			for _, u := range articleURLs(a) {
				l := strings.ToLower(u)
				if strings.Contains(l, "script") || strings.Contains(l, "alert") || strings.Contains(l, "msgbox") || strings.HasPrefix(l, "data:") {
					t.Errorf("hostile URL kept: %q", u)
				}
			}
			for _, s := range []string{a.Text(), a.Markdown()} {
				if strings.Contains(s, "alert(") || strings.Contains(s, "msgbox(") {
					t.Errorf("script text in a rendering:\n%s", s)
				}
			}
			if !slices.Contains(articleURLs(a), "https://www.example.com/council/bridge") {
				t.Errorf("the body's one good link, https://www.example.com/council/bridge, is missing; URLs: %q", articleURLs(a))
			}
		})
	}
}

func TestParseDataImages(t *testing.T) {
	const pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
	a, err := parseChecked(t, Parser{KeepDataImages: true}, strings.NewReader(hostileURLPage), robustPageURL)
	if err != nil {
		t.Fatal(err)
	}
	c := newOutputCheck(t, []byte(hostileURLPage))
	c.dataImages = true
	c.article(a)
	// Even when kept, a data: URL is only ever an image's: the link to
	// a data:text/html page stays out.
	for _, u := range articleURLs(a) {
		if strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "data:image/") {
			t.Errorf("data URL kept: %q", u)
		}
	}
	if !slices.Contains(articleURLs(a), pixel) {
		t.Errorf("the figure's data: image is missing with KeepDataImages; URLs: %q", articleURLs(a))
	}

	// Without the setting, no data: URL at all.
	a, err = parseChecked(t, Parser{}, strings.NewReader(hostileURLPage), robustPageURL)
	if err != nil {
		t.Fatal(err)
	}
	checkSafeFor(t, a, []byte(hostileURLPage))
}

func TestParseRelativeLinksWithoutPageURL(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><title>Relative links</title>
<meta property="og:image" content="/img/lead.jpg"><link rel="canonical" href="/news/relative.html"></head>
<body><article><h1>Relative links</h1>
<p class="byline">By <a rel="author" href="/authors/ann">Ann Author</a></p>
<p>The first paragraph links to <a href="/news/other.html">another story</a> with a root-relative link, as most sites do.</p>
<p>The second paragraph links to <a href="sibling.html">a sibling page</a> and <a href="../up.html">a parent page</a> with relative paths.</p>
<p>The third paragraph links to <a href="?page=2">the next page</a> and <a href="#comments">the comments</a> without a path at all.</p>
<figure><img src="img/figure.jpg" alt="A figure"><figcaption>A relative image.</figcaption></figure>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/related-1.html">Related story one</a></li><li><a href="related-2.html">Related story two</a></li></ul></aside>
</body></html>`

	a, err := parseChecked(t, Parser{}, strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	checkSafeFor(t, a, []byte(page))
	if urls := articleURLs(a); len(urls) > 0 {
		t.Errorf("relative URLs kept with no page address: %q", urls)
	}

	t.Run("with base", func(t *testing.T) {
		withBase := strings.Replace(page, "<head>", `<head><base href="https://www.example.org/news/">`, 1)
		a, err := parseChecked(t, Parser{}, strings.NewReader(withBase), "")
		if err != nil {
			t.Fatal(err)
		}
		checkSafeFor(t, a, []byte(withBase))
		if !slices.Contains(articleURLs(a), "https://www.example.org/news/other.html") {
			t.Errorf("links not resolved against <base>: %q", articleURLs(a))
		}
	})
}

func TestParseOddPageURLs(t *testing.T) {
	// A page address that is not an absolute web URL is as good as none.
	// Without a canonical link, Article.URL can only come from it.
	page := strings.Replace(samplePage, `<link rel="canonical" href="https://www.example.com/news/2024/05/rivers.html">`, "", 1)
	for _, pageURL := range []string{
		"https:/le.c/www.example.com/news/story.html", // found by FuzzParse
		"https:///news/story.html",
		"http://",
		"http:www.example.com/news",
		"/news/story.html",
		"www.example.com/news/story.html",
		"ftp://www.example.com/news/story.html",
		"javascript:alert(1)",
		" https://www.example.com/news/story.html",
		"https://www.example.com/news/story.html\n",
		"https://exa mple.com/news",
		"https://www.example.com:notaport/news",
		"https://[::1/news",
	} {
		t.Run(pageURL, func(t *testing.T) {
			a, err := parseChecked(t, Parser{}, strings.NewReader(page), pageURL)
			if err != nil {
				t.Fatal(err)
			}
			checkSafeFor(t, a, []byte(page))
		})
	}
}

// markupTrapPage returns an article page that carries snippet, written as
// the page's HTML source, in every place a text of the article is read
// from: the title, meta tags, JSON-LD, the headline, the byline, the body,
// a link, a figure's alt text and caption, code, a related box.
func markupTrapPage(snippet string) string {
	ld := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(snippet)
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Trap ` + snippet + ` | The Example Times</title>
<meta name="description" content="Trap ` + snippet + ` in the description.">
<meta property="og:site_name" content="Example ` + snippet + `">
<meta name="keywords" content="trap, ` + snippet + `">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Trap ` + ld + `",
"author":{"@type":"Person","name":"Sam ` + ld + ` Writer"}}</script>
</head><body><article>
<h1>Trap ` + snippet + `</h1>
<p class="byline">By <a rel="author" href="/authors/sam">Sam ` + snippet + ` Writer</a></p>
<figure><img src="/img/lead.jpg" alt="Alt ` + snippet + `" width="1200" height="800">
<figcaption>A caption ` + snippet + ` for the photo. <span class="credit">Photo: Jo ` + snippet + ` Lens</span></figcaption></figure>
<p>The first paragraph quotes ` + snippet + ` in the middle of a sentence long enough to count as the text of an article body.</p>
<p>The second paragraph links to <a href="/news/other.html">another ` + snippet + ` story</a> and goes on for a while so that it reads as part of the body.</p>
<h2>Sub ` + snippet + ` heading</h2>
<ul><li>An item ` + snippet + ` here</li><li>Another item</li></ul>
<pre><code>code ` + snippet + ` here</code></pre>
<p>The last paragraph is ordinary text that closes the article with a few more words about the river and the town.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/news/one.html">Related ` + snippet + ` one</a></li><li><a href="/news/two.html">Related story two</a></li>
</ul></aside></body></html>`
}

func TestParseNeverMakesMarkup(t *testing.T) {
	for _, tt := range []struct {
		name, snippet string
		shows         string // how Text() shows the snippet
	}{
		{"invalid bytes in tags", "<\xa5script>alert(1)<\xa5/script>", "<\ufffdscript>alert(1)<\ufffd/script>"},
		{"zero-width space after <", "&lt;&#8203;img src=x onerror=alert(1)&gt;", "<\u200bimg src=x onerror=alert(1)>"},
		{"raw zero-width space after <", "&lt;\u200bimg src=x onerror=alert(1)&gt;", "<\u200bimg src=x onerror=alert(1)>"},
		{"soft hyphen after <", "&lt;&shy;/p&gt;", "<\u00ad/p>"},
		{"control after <", "&lt;&#1;script&gt;", "<\ufffdscript>"},
		{"zero-width space in javascript:", "java&#x200b;script:alert(1)", "java\u200bscript:alert(1)"},
		{"invalid byte in a word", "caf\xe9", "caf\ufffd"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := markupTrapPage(tt.snippet)
			a, err := parseChecked(t, Parser{}, strings.NewReader(page), robustPageURL)
			if err != nil {
				t.Fatal(err)
			}
			checkSafeFor(t, a, []byte(page))
			text := a.Text()
			if !strings.Contains(text, tt.shows) {
				t.Errorf("Text() does not show the snippet as %q:\n%s", tt.shows, text)
			}
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			var fields []string
			collectStrings(reflect.ValueOf(a).Elem(), &fields)
			for _, f := range append(fields, text, string(b)) {
				l := strings.ToLower(f)
				if strings.Contains(l, "<script") || strings.Contains(l, "<img") || strings.Contains(l, "</p") || strings.Contains(l, "javascript:") {
					t.Errorf("markup made from the snippet in %q", f)
				}
			}
		})
	}

	t.Run("tree with invalid bytes", func(t *testing.T) {
		// A tree from elsewhere is not decoded by Parse: its text nodes
		// may hold any bytes.
		root, err := html.Parse(strings.NewReader(markupTrapPage("SNIPPET")))
		if err != nil {
			t.Fatal(err)
		}
		walkNodes(root, func(n *html.Node) {
			if n.Type == html.TextNode {
				n.Data = strings.ReplaceAll(n.Data, "SNIPPET", "<\xa5script>alert(1)<\xa5/script>")
			}
			for i := range n.Attr {
				n.Attr[i].Val = strings.ReplaceAll(n.Attr[i].Val, "SNIPPET", "<\xa5script>")
			}
		})
		a, err := Parser{}.ParseNode(root, robustPageURL)
		if err != nil {
			t.Fatal(err)
		}
		checkSafe(t, a)
		if text := a.Text(); !strings.Contains(text, "<\ufffdscript>alert(1)<\ufffd/script>") {
			t.Errorf("Text() does not show the invalid bytes as U+FFFD:\n%s", text)
		}
	})
}

// collectStrings appends every string in v, a value of the article's types,
// to out.
func collectStrings(v reflect.Value, out *[]string) {
	switch v.Kind() {
	case reflect.String:
		*out = append(*out, v.String())
	case reflect.Pointer:
		if !v.IsNil() {
			collectStrings(v.Elem(), out)
		}
	case reflect.Slice:
		for i := range v.Len() {
			collectStrings(v.Index(i), out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collectStrings(v.Field(i), out)
			}
		}
	}
}

// walkNodes calls f on every node of the tree under n.
func walkNodes(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, f)
	}
}

func TestMarkdownEscapesPageText(t *testing.T) {
	// Text the page shows literally must not become structure, links or
	// raw HTML in the Markdown.
	const page = `<!DOCTYPE html><html><head><title>Escaping</title></head><body><article>
<h1>Escaping &lt;script&gt;alert(1)&lt;/script&gt;</h1>
<p>This paragraph quotes markup as text: &lt;script&gt;alert(2)&lt;/script&gt; and &lt;img src=x onerror=alert(3)&gt; in the middle of a sentence.</p>
<p>This paragraph has a Markdown link written as text: [click here](javascript:alert(4)) which must stay text and never become a link.</p>
<p>This paragraph has an autolink written as text: &lt;javascript:alert(5)&gt; and an image: ![x](javascript:alert(6)) in plain words.</p>
</article></body></html>`
	a, err := parseChecked(t, Parser{}, strings.NewReader(page), robustPageURL)
	if err != nil {
		t.Fatal(err)
	}
	md := a.Markdown()
	// With escaped characters blanked out, what is left is what a
	// Markdown renderer acts on.
	active := regexp.MustCompile(`\\.`).ReplaceAllString(md, "_")
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`(?i)<(script|img)`),
		regexp.MustCompile(`(?i)<javascript:`),
		regexp.MustCompile(`(?i)\[[^\]]*\]\(\s*javascript:`),
	} {
		if m := bad.FindString(active); m != "" {
			t.Errorf("page text became active Markdown, %q:\n%s", m, md)
		}
	}
}

func TestParseRace(t *testing.T) {
	pages := testPages(t)
	pages = append(pages, hostileInputs(false)...)
	p := Parser{MaxBytes: 8 << 20}
	type outcome struct {
		a   *Article
		err error
	}
	want := make([]outcome, len(pages))
	for i, pg := range pages {
		a, err := parseChecked(t, p, bytes.NewReader(pg.src), robustPageURL)
		want[i] = outcome{a, err}
	}

	workers, rounds := 8, 3
	if raceEnabled {
		rounds = 1
	}
	var mu sync.Mutex
	diffs := map[string]string{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for r := range rounds {
				// Each worker starts at a different page, so that
				// different pages are in flight at once.
				for k := range pages {
					i := (k + w*len(pages)/workers + r) % len(pages)
					a, err := p.Parse(bytes.NewReader(pages[i].src), robustPageURL)
					var d string
					switch {
					case (err == nil) != (want[i].err == nil):
						d = fmt.Sprintf("error %v, want %v", err, want[i].err)
					case err == nil:
						d = cmp.Diff(want[i].a, a)
					}
					if d != "" {
						mu.Lock()
						diffs[pages[i].name] = d
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	for name, d := range diffs {
		t.Errorf("%s: concurrent parse differs from the sequential one (-want +got):\n%s", name, d)
	}
}

// corpusPage is one page of a corpus, not yet read.
type corpusPage struct {
	path, url string
}

// corpusFiles lists the corpus pages: those of every set under
// ../shared/corpus (each set's pages/*.html.gz, with truth.json beside
// pages/ giving their addresses), each id once, as sets share pages under
// one id; and every *.html and *.html.gz under the directories in
// $ARTICLE_CORPUS.
func corpusFiles(t *testing.T) []corpusPage {
	t.Helper()
	var files []corpusPage
	root := filepath.Join("..", "shared", "corpus")
	sets, _ := filepath.Glob(filepath.Join(root, "*", "pages"))
	seen := map[string]bool{}
	for _, dir := range sets {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
		urls := corpusURLs(t, filepath.Join(filepath.Dir(dir), "truth.json"))
		for _, p := range paths {
			id := strings.TrimSuffix(filepath.Base(p), ".html.gz")
			if seen[id] {
				continue
			}
			seen[id] = true
			files = append(files, corpusPage{p, urls[id]})
		}
	}
	for _, dir := range filepath.SplitList(os.Getenv("ARTICLE_CORPUS")) {
		if dir == "" {
			continue
		}
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".html.gz")) {
				files = append(files, corpusPage{path: p})
			}
			return err
		})
		if err != nil {
			t.Fatalf("ARTICLE_CORPUS: %v", err)
		}
	}
	return files
}

// corpusURLs reads the page addresses a truth.json gives, id → url.
func corpusURLs(t *testing.T, path string) map[string]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Logf("%s: %v; parsing its pages without their addresses", path, err)
		return nil
	}
	urls := make(map[string]string, len(truth))
	for id, v := range truth {
		urls[id] = v.URL
	}
	return urls
}

// readPage reads a corpus page, gunzipping it when its name says so.
func readPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

func TestCorpusPages(t *testing.T) {
	files := corpusFiles(t)
	if len(files) == 0 {
		t.Skip("no corpus: ../shared/corpus/*/pages is absent and ARTICLE_CORPUS is unset")
	}
	// Under -race or -short, every few pages: the full run is for the
	// plain test.
	if raceEnabled || testing.Short() {
		var sub []corpusPage
		for i := 0; i < len(files); i += 8 {
			sub = append(sub, files[i])
		}
		t.Logf("checking %d of the %d corpus pages (race detector or -short)", len(sub), len(files))
		files = sub
	}

	// Each page is timed at its fastest of three parses, to take out
	// the noise of a shared machine, while the budget lasts; after that
	// pages are parsed once and still checked. Time is compared per byte,
	// so that a large page is not slow for its size alone: a page whose
	// parse takes far longer per byte than the median page's has met a
	// pass that grows faster than the page.
	const budget = 35 * time.Second
	start := time.Now()
	type timing struct {
		corpusPage
		d    time.Duration
		size int
	}
	perByte := func(tm timing) float64 { return float64(tm.d) / float64(max(tm.size, 1)) }
	var times []timing
	noBody, onceOnly := 0, 0
	for _, f := range files {
		src, err := readPage(f.path)
		if err != nil {
			t.Errorf("%s: %v", f.path, err)
			continue
		}
		runs := 3
		if time.Since(start) > budget {
			runs = 1
			onceOnly++
		}
		a, best, ok := parseCorpusPage(t, f, src, runs)
		if !ok {
			continue
		}
		times = append(times, timing{f, best, len(src)})
		if !a.IsArticle() {
			noBody++
		}
		c := newOutputCheck(t, src)
		c.name = f.path
		c.article(a)
	}
	if len(times) == 0 {
		return
	}

	byRate := func(a, b timing) int { return stdcmp.Compare(perByte(a), perByte(b)) }
	slices.SortFunc(times, byRate)
	median := perByte(times[len(times)/2])
	tooSlow := func(tm timing) bool { return perByte(tm) > 10*median && tm.d > 50*time.Millisecond }
	// A page over the line may have met a busy moment (a GC, another
	// process): it gets more tries before it counts as slow.
	retimed := 0
	for i := range slices.Backward(times) {
		if !tooSlow(times[i]) {
			break
		}
		src, err := readPage(times[i].path)
		if err != nil {
			continue
		}
		runtime.GC()
		for range 10 {
			begin := time.Now()
			Parser{}.Parse(bytes.NewReader(src), times[i].url)
			times[i].d = min(times[i].d, time.Since(begin))
		}
		retimed++
	}
	slices.SortFunc(times, byRate)
	slowest := times[len(times)-1]
	t.Logf("%d pages parsed, %d without an article body; median %.1f ns/byte, slowest %.1f ns/byte (%.1fx) %s",
		len(times), noBody, median, perByte(slowest), perByte(slowest)/median, slowest.path)
	if retimed > 0 {
		t.Logf("%d pages over 10 times the median time per byte were timed again", retimed)
	}
	if onceOnly > 0 {
		t.Logf("%d pages timed once only: the %v timing budget ran out", onceOnly, budget)
	}
	if raceEnabled {
		return // the race detector's overhead is too uneven to judge by
	}
	for _, tm := range slices.Backward(times) {
		if !tooSlow(tm) {
			break
		}
		t.Errorf("%s: %v for %d bytes, more than 10 times the median %.1f ns/byte", tm.path, tm.d, tm.size, median)
	}
}

// checkNoCaptionInText checks that no caption of a, of the lead image or
// of a figure, is read into Text() as well: no line of Text() is a
// caption (alone or with its credit), and no line holds a caption of 30
// bytes or more, long enough not to be a phrase the body may repeat. It
// suits pages written for tests; on real pages a caption often repeats
// the standfirst or a sentence of the body.
func checkNoCaptionInText(t testing.TB, name string, a *Article) {
	t.Helper()
	lines := map[string]bool{}
	text := a.Text()
	for l := range strings.SplitSeq(text, "\n") {
		lines[l] = true
	}
	check := func(what string, im *Image) {
		if im == nil || im.Caption == "" {
			return
		}
		if lines[im.Caption] || im.Credit != "" && lines[im.Caption+" "+im.Credit] ||
			len(im.Caption) >= 30 && strings.Contains(text, im.Caption) {
			t.Errorf("%sText() holds the %s caption %q", name, what, im.Caption)
		}
	}
	check("lead image's", a.Image)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				check("figure's", b.Image)
			}
		}
	}
}

// parseCorpusPage parses src runs times, checking that it parses without
// an error or a panic and gives the same result each time, and returns
// the article and the fastest time.
func parseCorpusPage(t *testing.T, f corpusPage, src []byte, runs int) (a *Article, best time.Duration, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: panic: %v\n%s", f.path, r, debug.Stack())
			ok = false
		}
	}()
	for i := range runs {
		begin := time.Now()
		got, err := Parser{}.Parse(bytes.NewReader(src), f.url)
		d := time.Since(begin)
		if err != nil {
			t.Errorf("%s: %v", f.path, err)
			return nil, 0, false
		}
		if i == 0 || d < best {
			best = d
		}
		if i > 0 && !reflect.DeepEqual(a, got) {
			t.Errorf("%s: a second parse differs (-first +second):\n%s", f.path, cmp.Diff(a, got))
		}
		a = got
	}
	return a, best, true
}

// checkSafe checks the promises Article makes about its contents, treating
// any markup in its text as a leak: use it on articles whose page shows no
// markup as text, or that come from a tree built by hand.
//
//  1. Every URL is an absolute http or https URL with a host, free of
//     spaces and control characters; none is a javascript:, vbscript: or
//     data: URL.
//  2. Every text is valid UTF-8 without control characters, and without
//     line breaks or tabs except in Code blocks.
//  3. Texts other than code have their spaces folded: none at either end,
//     never two in a row (table rows excepted: their cells may be empty).
//  4. No text, code included, holds markup: "<" followed by a letter, "/",
//     "!" or "?", the way an HTML tokenizer would start a tag.
//  5. The model's shape holds: blocks have what their type says, headings
//     have a level from 2 to 6, images and links have URLs.
//  6. The renderings are valid UTF-8, JSON encoding succeeds, and Text()
//     holds no markup either.
func checkSafe(t testing.TB, a *Article) {
	t.Helper()
	newOutputCheck(t, nil).article(a)
}

// checkSafeFor is checkSafe for an article parsed from src, where markup
// the page shows as text (a tutorial's "&lt;div&gt;") may appear in the
// article's text: rule 4 then allows the markup tokens of shownMarkup(src)
// and no others.
func checkSafeFor(t testing.TB, a *Article, src []byte) {
	t.Helper()
	newOutputCheck(t, src).article(a)
}

// outputCheck is one run of checkSafe.
type outputCheck struct {
	t          testing.TB
	name       string // the page, to prefix messages with; may be empty
	errors     int
	src        []byte
	pageMarkup map[string]bool // shownMarkup(src); built when first needed
	dataImages bool            // data: image URLs are allowed (KeepDataImages)
}

func newOutputCheck(t testing.TB, src []byte) *outputCheck {
	return &outputCheck{t: t, src: src}
}

// maxCheckErrors is how many problems checkSafe reports for one article;
// one bug tends to show in many fields.
const maxCheckErrors = 8

// errorf reports one problem.
func (c *outputCheck) errorf(format string, args ...any) {
	c.t.Helper()
	c.errors++
	if c.errors > maxCheckErrors {
		return
	}
	if c.errors == maxCheckErrors {
		format += " (further problems not shown)"
	}
	if c.name != "" {
		format = "%s: " + format
		args = append([]any{c.name}, args...)
	}
	c.t.Errorf(format, args...)
}

// textKind says which rules a text field follows.
type textKind int

const (
	plainText textKind = iota // folded, one line
	codeText                  // line breaks and tabs kept
	tableRow                  // one line; empty cells leave runs of spaces
	noteText                  // the parser's own words (NoBody): valid UTF-8 only
)

func (c *outputCheck) article(a *Article) {
	c.t.Helper()
	if a == nil {
		c.errorf("nil article")
		return
	}
	c.checkURL("URL", a.URL, false, false)
	c.text("Title", a.Title, plainText)
	c.text("Description", a.Description, plainText)
	c.text("Byline", a.Byline, plainText)
	for i, au := range a.Authors {
		p := fmt.Sprintf("Authors[%d]", i)
		if au.Name == "" {
			c.errorf("%s: empty name", p)
		}
		c.text(p+".Name", au.Name, plainText)
		c.checkURL(p+".URL", au.URL, false, false)
	}
	c.text("SiteName", a.SiteName, plainText)
	c.text("Language", a.Language, plainText)
	for i, tag := range a.Tags {
		p := fmt.Sprintf("Tags[%d]", i)
		if tag == "" {
			c.errorf("%s: empty", p)
		}
		c.text(p, tag, plainText)
	}
	c.image("Image", a.Image)
	for i, s := range a.Sections {
		c.section(fmt.Sprintf("Sections[%d]", i), s)
	}
	for i, l := range a.Related {
		c.link(fmt.Sprintf("Related[%d]", i), l)
	}
	c.text("NoBody", a.NoBody.String(), noteText)
	c.renderings(a)
	c.everyFieldSeen(a)
}

func (c *outputCheck) section(p string, s Section) {
	c.t.Helper()
	c.text(p+".Heading", s.Heading, plainText)
	if (s.Heading == "") != (s.Level == 0) || s.Level != 0 && (s.Level < 2 || s.Level > 6) {
		c.errorf("%s: heading %q with level %d; want level 2 to 6, or 0 with no heading", p, s.Heading, s.Level)
	}
	for i, b := range s.Blocks {
		c.block(fmt.Sprintf("%s.Blocks[%d]", p, i), b)
	}
}

func (c *outputCheck) block(p string, b Block) {
	c.t.Helper()
	kind := plainText
	switch b.Type {
	case Paragraph, Quote, Related:
		if b.Text == "" {
			c.errorf("%s: %s block without text", p, b.Type)
		}
	case Code:
		kind = codeText
		if b.Text == "" {
			c.errorf("%s: code block without text", p)
		}
	case List, Table:
		if len(b.Items) == 0 {
			c.errorf("%s: %s block without items", p, b.Type)
		}
	case Figure:
		if b.Image == nil {
			c.errorf("%s: figure without an image", p)
		}
	default:
		c.errorf("%s: unknown block type %q", p, b.Type)
	}
	c.text(p+".Text", b.Text, kind)
	itemKind := plainText
	if b.Type == Table {
		itemKind = tableRow
	}
	for i, it := range b.Items {
		ip := fmt.Sprintf("%s.Items[%d]", p, i)
		if strings.TrimSpace(it) == "" {
			c.errorf("%s: empty item", ip)
		}
		c.text(ip, it, itemKind)
	}
	c.image(p+".Image", b.Image)
	for i, l := range b.Links {
		c.link(fmt.Sprintf("%s.Links[%d]", p, i), l)
	}
	if b.Type != Code {
		c.marks(p+".Marks", b.Text, b.Marks)
	} else if len(b.Marks) > 0 {
		c.errorf("%s: code block with marks", p)
	}
	c.listItems(p+".ListItems", b.ListItems, 0)
	if len(b.ListItems) > 0 && b.Type != List {
		c.errorf("%s: %s block with list items", p, b.Type)
	}
	for i, r := range b.Rows {
		for j, cell := range r.Cells {
			c.span(fmt.Sprintf("%s.Rows[%d].Cells[%d]", p, i, j), cell, true)
		}
	}
	for i, sp := range b.Paragraphs {
		c.span(fmt.Sprintf("%s.Paragraphs[%d]", p, i), sp, false)
	}
	if b.Citation != nil {
		c.span(p+".Citation", *b.Citation, false)
	}
	if b.Language != "" && (b.Type != Code || strings.ContainsFunc(b.Language, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("+#._-", r))
	})) {
		c.errorf("%s: language %q", p, b.Language)
	}
}

// span checks a text with its marks; a table cell may be empty.
func (c *outputCheck) span(p string, sp Span, mayBeEmpty bool) {
	c.t.Helper()
	if sp.Text == "" && !mayBeEmpty {
		c.errorf("%s: empty text", p)
	}
	c.text(p+".Text", sp.Text, plainText)
	c.marks(p+".Marks", sp.Text, sp.Marks)
}

// listItems checks list entries and their nested lists.
func (c *outputCheck) listItems(p string, items []ListItem, depth int) {
	c.t.Helper()
	for i, it := range items {
		ip := fmt.Sprintf("%s[%d]", p, i)
		if it.Text == "" && it.Sublist == nil {
			c.errorf("%s: entry with neither text nor a nested list", ip)
		}
		c.text(ip+".Text", it.Text, plainText)
		c.marks(ip+".Marks", it.Text, it.Marks)
		if it.Sublist != nil {
			if len(it.Sublist.ListItems) == 0 || depth > 64 {
				c.errorf("%s: empty or too deep nested list", ip)
				continue
			}
			c.listItems(ip+".Sublist.ListItems", it.Sublist.ListItems, depth+1)
		}
	}
}

// marks checks the inline marks over text as Mark promises them: inside
// the text on character boundaries, not starting or ending with a space, a
// break on one space, an absolute URL on every link and on nothing else,
// sorted, and nested.
func (c *outputCheck) marks(p, text string, marks []Mark) {
	c.t.Helper()
	var open []Mark
	for i, m := range marks {
		mp := fmt.Sprintf("%s[%d]", p, i)
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
			!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End]) {
			c.errorf("%s: range %d..%d over a text of %d bytes", mp, m.Start, m.End, len(text))
			continue
		}
		switch m.Kind {
		case BreakMark:
			if m.End != m.Start+1 || text[m.Start] != ' ' {
				c.errorf("%s: break on %q, not on one space", mp, text[m.Start:m.End])
			}
		case LinkMark, EmphasisMark, StrongMark, CodeMark:
			if text[m.Start] == ' ' || text[m.End-1] == ' ' {
				c.errorf("%s: %s mark %q starts or ends with a space", mp, m.Kind, text[m.Start:m.End])
			}
		default:
			c.errorf("%s: unknown kind %q", mp, m.Kind)
		}
		if m.Kind == LinkMark {
			c.checkURL(mp+".URL", m.URL, true, false)
		} else if m.URL != "" {
			c.errorf("%s: %s mark with a URL", mp, m.Kind)
		}
		if i > 0 {
			if prev := marks[i-1]; prev.Start > m.Start || prev.Start == m.Start && prev.End < m.End {
				c.errorf("%s: not sorted after %v", mp, prev)
			}
		}
		for len(open) > 0 && open[len(open)-1].End <= m.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 && m.End > open[len(open)-1].End {
			c.errorf("%s: %v overlaps %v without nesting in it", mp, m, open[len(open)-1])
		}
		open = append(open, m)
	}
}

func (c *outputCheck) image(p string, im *Image) {
	c.t.Helper()
	if im == nil {
		return
	}
	c.checkURL(p+".URL", im.URL, true, c.dataImages)
	c.text(p+".Alt", im.Alt, plainText)
	c.text(p+".Caption", im.Caption, plainText)
	c.marks(p+".CaptionMarks", im.Caption, im.CaptionMarks)
	c.text(p+".Credit", im.Credit, plainText)
	if im.Width < 0 || im.Height < 0 {
		c.errorf("%s: negative size %dx%d", p, im.Width, im.Height)
	}
}

func (c *outputCheck) link(p string, l Link) {
	c.t.Helper()
	c.text(p+".Text", l.Text, plainText)
	c.checkURL(p+".URL", l.URL, true, false)
}

// checkURL checks one URL field; required says it may not be empty, and
// dataImage that it may be a data:image/ URL.
func (c *outputCheck) checkURL(p, s string, required, dataImage bool) {
	c.t.Helper()
	if s == "" {
		if required {
			c.errorf("%s: empty URL", p)
		}
		return
	}
	lower := strings.ToLower(s)
	if dataImage && strings.HasPrefix(lower, "data:image/") {
		// Browsers accept spaces in data: URLs, so only the basics.
		if !utf8.ValidString(s) || strings.ContainsFunc(s, unicode.IsControl) {
			c.errorf("%s: data URL %.200q holds invalid UTF-8 or control characters", p, s)
		}
		return
	}
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		c.errorf("%s: URL %.200q holds invalid UTF-8, spaces or control characters", p, s)
		return
	}
	for _, bad := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(lower, bad) {
			c.errorf("%s: %s URL %.200q", p, strings.TrimSuffix(bad, ":"), s)
			return
		}
	}
	u, err := url.Parse(s)
	switch {
	case err != nil:
		c.errorf("%s: URL %.200q does not parse: %v", p, s, err)
	case u.Scheme != "http" && u.Scheme != "https":
		c.errorf("%s: URL %.200q is not http or https", p, s)
	case u.Host == "":
		c.errorf("%s: URL %.200q has no host", p, s)
	}
}

// text checks one text field.
func (c *outputCheck) text(p, s string, kind textKind) {
	c.t.Helper()
	if !utf8.ValidString(s) {
		c.errorf("%s: invalid UTF-8 in %.200q", p, s)
		return
	}
	if kind == noteText {
		return
	}
	if i := strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && !(kind == codeText && (r == '\n' || r == '\t'))
	}); i >= 0 {
		c.errorf("%s: control character %q in %.200q", p, []rune(s[i:])[0], s)
	}
	if kind == codeText {
		c.noMarkup(p, s)
		return
	}
	if kind != tableRow && (strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ")) {
		c.errorf("%s: spaces not folded in %.200q", p, s)
	}
	c.noMarkup(p, s)
}

// noMarkup checks that s holds no markup but what the page shows as text.
func (c *outputCheck) noMarkup(p, s string) {
	c.t.Helper()
	for _, tok := range markupTokens(s) {
		if c.src != nil {
			if c.pageMarkup == nil {
				c.pageMarkup = shownMarkup(c.src)
			}
			if c.pageMarkup[tok] {
				continue
			}
		}
		i := strings.Index(strings.ToLower(s), tok)
		c.errorf("%s: markup %q, which the page does not show, in %.200q", p, tok, s[max(0, i-60):])
		return
	}
}

// renderings checks the article's renderings.
func (c *outputCheck) renderings(a *Article) {
	c.t.Helper()
	text := a.Text()
	if !utf8.ValidString(text) {
		c.errorf("Text(): invalid UTF-8")
	}
	if !utf8.ValidString(a.Markdown()) {
		c.errorf("Markdown(): invalid UTF-8")
	}
	h := a.HTML()
	if !utf8.ValidString(h) {
		c.errorf("HTML(): invalid UTF-8")
	}
	for _, p := range htmlFragmentProblems(h) {
		c.errorf("HTML(): %s", p)
	}
	if _, err := json.Marshal(a); err != nil {
		c.errorf("JSON encoding: %v", err)
	}
	c.noMarkup("Text()", text)
}

// everyFieldSeen fails when Article or a type in it has gained a field that
// checkSafe does not know to check.
func (c *outputCheck) everyFieldSeen(a *Article) {
	c.t.Helper()
	known := map[reflect.Type]int{
		reflect.TypeFor[Article]():  14,
		reflect.TypeFor[Author]():   3,
		reflect.TypeFor[Image]():    7,
		reflect.TypeFor[Section]():  3,
		reflect.TypeFor[Block]():    12,
		reflect.TypeFor[Link]():     2,
		reflect.TypeFor[Span]():     2,
		reflect.TypeFor[ListItem](): 3,
		reflect.TypeFor[Sublist]():  2,
		reflect.TypeFor[Row]():      2,
		reflect.TypeFor[Mark]():     4,
		reflect.TypeFor[Date]():     2,
	}
	for typ, n := range known {
		if typ.NumField() != n {
			c.errorf("%v has %d fields, checkSafe knows %d: teach it the new ones", typ, typ.NumField(), n)
		}
	}
}

// markupTokens returns what would start a tag in s: "<" followed by a
// letter, "/", "!" or "?", with the tag name that follows, lowercased.
func markupTokens(s string) []string {
	var toks []string
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		j := i + 1
		if c := s[j]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			j++
			for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			toks = append(toks, strings.ToLower(s[i:j]))
		}
		k := strings.IndexByte(s[j:], '<')
		if k < 0 {
			break
		}
		i = j + k
	}
	return toks
}

// shownMarkup returns the markup tokens (see markupTokens) of the text a
// browser shows for the page src: the markup an article parsed from src
// may hold, because the page shows it as text (a tutorial's "&lt;div&gt;",
// code quoting HTML). Anything else is markup the parser made.
//
// The page is decoded as a browser decodes it (golang.org/x/net/html/charset:
// its byte order mark or <meta> charset, else UTF-8 when valid and
// windows-1252 when not; invalid UTF-8 becomes U+FFFD) and parsed with
// golang.org/x/net/html, which decodes entities. Its shown text is then:
//
//   - the text nodes, joined in document order, outside script, style,
//     template, iframe, noembed, noframes and noscript elements, whose
//     content a browser does not show as text. They are joined because a
//     browser shows adjacent text together: "&lt;<b>div</b>" shows "<div".
//     They are joined a second time leaving out what the hidden attribute
//     or an inline display:none or visibility:hidden hides, since what is
//     on either side then shows together;
//   - the content of each noscript element parsed as HTML, its text as
//     above: what a browser without scripts shows instead;
//   - alt and title attributes, which a browser shows for a missing image
//     and as a tooltip.
//
// Nothing else counts: not other attribute values, not meta tags or
// JSON-LD, not comments, scripts or styles, and not text that only
// appears once a parser leaves out a character or an invalid byte the
// page holds ("&lt;&#8203;img" shows "<" and "img" apart).
func shownMarkup(src []byte) map[string]bool {
	set := map[string]bool{}
	r, err := charset.NewReader(bytes.NewReader(src), "")
	if err != nil {
		r = bytes.NewReader(src)
	}
	root, err := html.Parse(r)
	if err != nil {
		return set
	}
	addShownMarkup(set, root, 0)
	return set
}

// addShownMarkup adds to set the markup tokens of the text shown under
// root, as shownMarkup describes; depth counts the noscript elements read
// as HTML on the way, to bound the work on a page that nests them.
func addShownMarkup(set map[string]bool, root *html.Node, depth int) {
	var all, visible strings.Builder
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		switch n.Type {
		case html.TextNode:
			all.WriteString(n.Data)
			if !hidden {
				visible.WriteString(n.Data)
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "template", "iframe", "noembed", "noframes":
				return
			case "noscript":
				if depth < 4 && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					if doc, err := html.Parse(strings.NewReader(n.FirstChild.Data)); err == nil {
						addShownMarkup(set, doc, depth+1)
					}
				}
				return
			}
			for _, a := range n.Attr {
				if a.Namespace == "" && (a.Key == "alt" || a.Key == "title") {
					addMarkupTokens(set, a.Val)
				}
			}
			hidden = hidden || hiddenInBrowser(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(root, false)
	addMarkupTokens(set, all.String())
	addMarkupTokens(set, visible.String())
}

// hiddenInBrowser reports whether a browser hides n by its own markup: the
// hidden attribute, or display:none or visibility:hidden in its style.
func hiddenInBrowser(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "hidden":
			return true
		case a.Key == "style":
			st := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
		}
	}
	return false
}

func addMarkupTokens(set map[string]bool, s string) {
	for _, tok := range markupTokens(s) {
		set[tok] = true
	}
}

// articleURLs returns every URL in a.
func articleURLs(a *Article) []string {
	var urls []string
	add := func(s string) {
		if s != "" {
			urls = append(urls, s)
		}
	}
	addImage := func(im *Image) {
		if im != nil {
			add(im.URL)
		}
	}
	add(a.URL)
	for _, au := range a.Authors {
		add(au.URL)
	}
	addImage(a.Image)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			addImage(b.Image)
			for _, l := range b.Links {
				add(l.URL)
			}
			for _, m := range blockMarks(b) {
				add(m.URL)
			}
		}
	}
	for _, l := range a.Related {
		add(l.URL)
	}
	return urls
}

// blockMarks returns every mark of a block: over its text, its list
// entries, its quote's paragraphs and citation, and its table cells.
func blockMarks(b Block) []Mark {
	marks := append([]Mark(nil), b.Marks...)
	var items func([]ListItem)
	items = func(its []ListItem) {
		for _, it := range its {
			marks = append(marks, it.Marks...)
			if it.Sublist != nil {
				items(it.Sublist.ListItems)
			}
		}
	}
	items(b.ListItems)
	for _, sp := range b.Paragraphs {
		marks = append(marks, sp.Marks...)
	}
	if b.Citation != nil {
		marks = append(marks, b.Citation.Marks...)
	}
	for _, r := range b.Rows {
		for _, cell := range r.Cells {
			marks = append(marks, cell.Marks...)
		}
	}
	return marks
}
