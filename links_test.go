package article

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestResolveURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.com/news/2024/story.html")
	tests := []struct {
		name, href, want string
		noBase           bool
	}{
		{name: "absolute", href: "https://other.org/a", want: "https://other.org/a"},
		{name: "root relative", href: "/authors/ana", want: "https://www.example.com/authors/ana"},
		{name: "path relative", href: "photo.jpg", want: "https://www.example.com/news/2024/photo.jpg"},
		{name: "parent", href: "../index.html", want: "https://www.example.com/news/index.html"},
		{name: "protocol relative", href: "//cdn.example.net/i.jpg", want: "https://cdn.example.net/i.jpg"},
		{name: "spaces trimmed", href: "  /a  ", want: "https://www.example.com/a"},
		{name: "space encoded", href: "/search?q=a b", want: "https://www.example.com/search?q=a%20b"},
		{name: "fragment only", href: "#top", want: ""},
		{name: "javascript", href: "javascript:alert(1)", want: ""},
		{name: "javascript mixed case", href: " JaVaScRiPt:alert(1)", want: ""},
		{name: "javascript with tab", href: "java\tscript:alert(1)", want: ""},
		{name: "javascript with newline", href: "java\nscript:alert(1)", want: ""},
		{name: "javascript with CR LF", href: "java\r\nscript:alert(1)", want: ""},
		{name: "javascript with tab before the colon", href: "javascript\t:alert(1)", want: ""},
		{name: "leading C0 and space", href: "\x01 \x1fjavascript:alert(1)", want: ""},
		{name: "trailing C0", href: "javascript:alert(1)\x00", want: ""},
		{name: "NUL inside", href: "java\x00script:alert(1)", want: ""},
		{name: "leading no-break space", href: "\u00a0javascript:alert(1)", want: ""},
		{name: "upper case", href: "JAVASCRIPT:alert(1)", want: ""},
		// Undecoded, the entity is no scheme: "java&" is a path and the
		// rest a fragment.
		{name: "entity left as text", href: "java&#x09;script:alert(1)", want: "https://www.example.com/news/2024/java&#x09;script:alert(1)"},
		{name: "vbscript", href: "vbscript:msgbox", want: ""},
		{name: "vbscript with tab", href: "VB\tScript:msgbox", want: ""},
		{name: "data with newline", href: "da\nta:text/html,x", want: ""},
		{name: "data", href: "data:text/html,<b>x</b>", want: ""},
		{name: "mailto", href: "mailto:a@example.com", want: ""},
		{name: "relative without base", href: "/a", noBase: true, want: ""},
		{name: "protocol relative without base", href: "//cdn.example.net/i.jpg", noBase: true, want: "https://cdn.example.net/i.jpg"},
		{name: "no host", href: "https:///path", want: ""},
		{name: "invalid UTF-8 in the query", href: "https://www.example.com/a?q=\xd6\xd6x", want: "https://www.example.com/a?q=%D6%D6x"},
		{name: "UTF-8 in the query kept", href: "https://www.example.com/a?q=café", want: "https://www.example.com/a?q=café"},
		{name: "invalid UTF-8 in the host", href: "//\xa3?q", noBase: true, want: ""},
		{name: "colons for a protocol-relative host", href: "//::/", noBase: true, want: ""},
		{name: "colons for a protocol-relative host with a base", href: "//a::1/x", want: ""},
		{name: "a port after no host name", href: "//:/", noBase: true, want: ""},
		{name: "invalid UTF-8 in a protocol-relative query", href: "//cdn.example.net/i.jpg?\xa3", noBase: true, want: "https://cdn.example.net/i.jpg?%A3"},
		{name: "C1 control and no-break space in the query", href: "https://www.example.com/a?q=x\u0097y\u00a0z", want: "https://www.example.com/a?q=x%C2%97y%C2%A0z"},
		{name: "quote in the host", href: "http://www.\"", want: ""},
		{name: "space in the host", href: "https://exa mple.com/news", want: ""},
		{name: "tab and newline removed", href: "/news/\tstory\n.html", want: "https://www.example.com/news/story.html"},
		{name: "newline in the scheme of a web URL", href: "ht\ntps://other.org/a", want: "https://other.org/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base
			if tt.noBase {
				b = nil
			}
			if got := resolveURL(b, tt.href); got != tt.want {
				t.Errorf("resolveURL(%q) = %q, want %q", tt.href, got, tt.want)
			}
		})
	}
}

func TestDataImageURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"data:image/png;base64,iVBORw0K", "data:image/png;base64,iVBORw0K"},
		{" DATA:image/gif;base64,R0lG ", "DATA:image/gif;base64,R0lG"},
		{"data:image/png;base64,iVBO\nRw0K", "data:image/png;base64,iVBORw0K"},
		{"\x01data:image/png;base64,iVBO", "data:image/png;base64,iVBO"},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"da\tta:text/html;base64,PHNjcmlwdD4=", ""},
		{"data:image/", ""},
		{"data:,x", ""},
	} {
		if got := dataImageURL(tt.in); got != tt.want {
			t.Errorf("dataImageURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileSchemes are javascript:, vbscript: and data: addresses spelt as a
// page's HTML source may spell them: in any case, with entities, with tabs
// and newlines inside and C0 controls and spaces around, all of which a
// browser sees through.
var hostileSchemes = []string{
	"javascript:alert(1)",
	" JaVaScRiPt:alert(1)",
	"JAVASCRIPT:alert(1)",
	"java&#x09;script:alert(1)",
	"java&#10;script:alert(1)",
	"java\nscript:alert(1)",
	"java\r\nscript:alert(1)",
	"jav&#x0D;ascript:alert(1)",
	"javascript&#9;:alert(1)",
	"&#x01; javascript:alert(1)",
	"&#x20;&#x1f;javascript:alert(1)",
	"javascript:alert(1)&#x00;",
	"&#106;&#97;vascript:alert(1)",
	"javascript&colon;alert(1)",
	"vbscript:alert(1)",
	"VB&#x09;Script:alert(1)",
	"data:text/html,alert(1)",
	" DaTa:text/html;charset=utf-8,alert(1)",
	"da&#x0A;ta:text/html,alert(1)",
}

// hostileURLPlaces are the places a page gives an address the article
// reads, each a template whose %s is an address as the page's source
// writes it (JSON-LD templates escape it for JSON themselves).
var hostileURLPlaces = []struct{ name, head, body string }{
	{name: "link", body: `<p>A paragraph with <a href="%s">a link</a> in it, long enough for the body.</p>`},
	{name: "image", body: `<figure><img src="%s" alt="x" width="800" height="600"><figcaption>A caption.</figcaption></figure>`},
	{name: "lazy image", body: `<figure><img src="/img/blank.gif" data-src="%s" width="800" height="600"></figure>`},
	{name: "srcset", body: `<figure><img srcset="%s 2x" width="800" height="600"></figure>`},
	{name: "picture source", body: `<figure><picture><source srcset="%s 800w"><img src="/img/blank.gif"></picture></figure>`},
	{name: "canonical", head: `<link rel="canonical" href="%s">`},
	{name: "og:url", head: `<meta property="og:url" content="%s">`},
	{name: "og:image", head: `<meta property="og:image" content="%s">`},
	{name: "base", head: `<base href="%s">`},
	{name: "rel author", body: `<p class="byline">By <a rel="author" href="%s">Sam Writer</a></p>`},
	{name: "JSON-LD url", head: `<script type="application/ld+json">{"@type":"NewsArticle","url":"%s"}</script>`},
	{name: "JSON-LD image", head: `<script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"%s"}}</script>`},
	{name: "JSON-LD author", head: `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sam Writer","url":"%s"}}</script>`},
	{name: "JSON-LD author sameAs", head: `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sam Writer","sameAs":"%s"}}</script>`},
	{name: "related box", body: `</article><aside class="related"><h2>Related stories</h2><ul><li><a href="%s">A related story</a></li><li><a href="/news/b.html">Another related story</a></li></ul></aside><article>`},
}

func TestHostileURLsEverywhere(t *testing.T) {
	for _, place := range hostileURLPlaces {
		for _, href := range hostileSchemes {
			for _, keepData := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%q/KeepDataImages=%v", place.name, href, keepData), func(t *testing.T) {
					v := href
					if strings.HasPrefix(place.name, "JSON-LD") {
						// JSON has no entities: spell the characters the
						// HTML entities stand for in JSON's own escapes.
						v = strings.NewReplacer("&#x09;", `\t`, "&#9;", `\t`, "&#10;", `\n`, "&#x0A;", `\n`, "&#x0D;", `\r`,
							"&#x01;", `\u0001`, "&#x1f;", `\u001f`, "&#x00;", `\u0000`, "&#x20;", " ", "&#106;", "j", "&#97;", "a",
							"&colon;", ":", "\n", `\n`, "\r", `\r`).Replace(v)
					}
					page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council approves the new bridge</title>` +
						strings.ReplaceAll(place.head, "%s", v) +
						`</head><body><article><h1>Council approves the new bridge</h1>` +
						strings.ReplaceAll(place.body, "%s", v) +
						`<p>The city council voted on Monday night to approve the new bridge across the river, ending a long debate.</p>` +
						`<p>Supporters say the bridge will cut journey times in half; details are on <a href="https://www.example.com/council">the council's site</a>.</p>` +
						`</article></body></html>`
					a, err := parseChecked(t, Parser{KeepDataImages: keepData}, strings.NewReader(page), robustPageURL)
					if err != nil {
						t.Fatal(err)
					}
					c := newOutputCheck(t, []byte(page))
					c.dataImages = keepData
					c.article(a)
					urls := articleURLs(a)
					for _, u := range urls {
						// A srcset splits "data:text/html,alert(1)" at its
						// comma: "alert(1)" is then a harmless relative
						// address, but no scheme may survive in any form.
						if l := strings.ToLower(u); strings.Contains(l, "script:") || strings.Contains(l, "data:") {
							t.Errorf("hostile address kept as %q", u)
						}
					}
					if !slicesContains(urls, "https://www.example.com/council") {
						t.Errorf("the page's good link is missing; URLs: %q", urls)
					}
				})
			}
		}
	}
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestPlainWebURL holds resolveURL's shortcut for plain web URLs to the
// long way: every address plainWebURL lets through comes out of url.Parse
// and URL.String unchanged.
func TestPlainWebURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.com/news/story.html")
	for _, href := range []string{
		"https://www.example.com/",
		"http://example.com",
		"https://example.com:8080/a/b.jpg?w=800&h=600#top",
		"https://cdn.example.net/img/%E2%82%AC%2F1.jpg",
		"https://example.com/a/../b/./c",
		"https://example.com/a?",
		"https://example.com/a??b",
		"https://example.com/a?b#c?d/e:f@g",
		"https://example.com/!$&'()*+,;=:@~_.-/",
		"https://example.com:/a",
		"https://example.com/a#'quoted'",
		"https://example.com/a%2Fb%2f",
	} {
		if !plainWebURL(href) {
			t.Errorf("plainWebURL(%q) = false, want true", href)
			continue
		}
		if got := resolveParsed(base, href); got != href {
			t.Errorf("resolveParsed(%q) = %q, want it unchanged", href, got)
		}
	}
	for _, href := range []string{
		"HTTPS://example.com/", "https://Example.com/", "https://example.com/a#",
		"https://example.com/a#b#c", "https://example.com/a%2", "https://example.com/a%zz",
		"https://user@example.com/", "https://[::1]/", "https://:80/", "https://host:8a/",
		"https://example.com/a b", "https://example.com/a\"b", "https://example.com/é",
		"https://example.com/a{b}", "https://example.com/a|b", "//example.com/a", "/a",
	} {
		if plainWebURL(href) {
			t.Errorf("plainWebURL(%q) = true, want false", href)
		}
	}
	// Random addresses from the characters the shortcut lets through:
	// each one it accepts must come out of the long way unchanged.
	const alphabet = "abcAZ09-._~!$&'()*+,;=:@/?%#2F"
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := []byte("https://ex.com")
		if r.IntN(4) == 0 {
			b = append(b, ":80"...)
		}
		for range r.IntN(24) {
			b = append(b, alphabet[r.IntN(len(alphabet))])
		}
		href := string(b)
		if !plainWebURL(href) {
			continue
		}
		if got := resolveParsed(base, href); got != href {
			t.Errorf("resolveParsed(%q) = %q, want it unchanged", href, got)
		}
		if got, want := imageURL(base, href), parsedImageURL(href); got != want {
			t.Errorf("imageURL(%q) = %q, want %q", href, got, want)
		}
	}
}

// parsedImageURL is imageURL's check of host and port, made on the URL
// that url.Parse reads.
func parsedImageURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" || strings.HasPrefix(p.Hostname(), ".") {
		return ""
	}
	if port := p.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n > 65535 {
			return ""
		}
	}
	return u
}

// rootedURLBases are page addresses rootedURL resolves against: plain
// ones, and ones it must leave to the long way.
var rootedURLBases = []string{
	"https://www.example.com/news/story.html", "http://example.com:8080", "https://example.com/a/b/?q=1#f",
	"https://user@example.com/", "https://Example.com/x", "https://example.com/caf%C3%A9/", "http:opaque",
}

// rootedURLDiff reports how rootedURL differs from resolveParsed on href,
// or "".
func rootedURLDiff(href string) string {
	for _, b := range rootedURLBases {
		base, err := url.Parse(b)
		if err != nil {
			continue
		}
		if got, ok := rootedURL(base, href); ok {
			if want := resolveParsed(base, href); got != want {
				return fmt.Sprintf("against %q: %q, resolveParsed gives %q", b, got, want)
			}
		}
	}
	return ""
}

// TestRootedURL holds resolveURL's shortcut for addresses rooted at the
// site to the long way: each address it makes is the one url.Parse and
// URL.ResolveReference make.
func TestRootedURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.com/news/story.html")
	for _, href := range []string{"/", "/a/b.html", "/a?x=1#top", "/a/b/", "/a//b", "/%E2%82%AC", "/a:b@c"} {
		if got, ok := rootedURL(base, href); !ok || got != "https://www.example.com"+href {
			t.Errorf("rootedURL(%q) = %q, %v; want it kept", href, got, ok)
		}
	}
	for _, href := range []string{"//cdn.example.com/a", "/a/../b", "/a/./b", "/.", "/a/..", "/a b", "/a#b#c", "/é", "/a%2"} {
		if _, ok := rootedURL(base, href); ok {
			t.Errorf("rootedURL(%q) kept, want it left to resolveParsed", href)
		}
	}
	const alphabet = "abcAZ09-._~!$&'()*+,;=:@/?%#2Fe"
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := []byte("/")
		for range r.IntN(24) {
			b = append(b, alphabet[r.IntN(len(alphabet))])
		}
		if d := rootedURLDiff(string(b)); d != "" {
			t.Errorf("%q: %s", b, d)
		}
	}
}

func FuzzRootedURL(f *testing.F) {
	for _, href := range []string{"/a/b.html?x=1#y", "/%2e%2e/x", "/a/%2E/b", "/a?x/../y", "/a#/../b", "/..", "/a/."} {
		f.Add(href)
	}
	f.Fuzz(func(t *testing.T, href string) {
		if d := rootedURLDiff(href); d != "" {
			t.Error(d)
		}
	})
}
