package article

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// renderedFixtures are the fixture pages whose Markdown and HTML have
// reviewed goldens: an ordinary news story, a page with every inline mark
// and block structure, and a page full of script and hostile URLs.
var renderedFixtures = []string{"moscowtimes", "features", "hostile"}

// TestGoldenRenderings compares the Markdown and HTML of renderedFixtures
// with their goldens. Regenerate with go test -run TestGolden -update and
// read the diff.
func TestGoldenRenderings(t *testing.T) {
	for _, name := range renderedFixtures {
		a := parseFixture(t, name, filepath.Join("testdata", "pages", name+".html"))
		for _, r := range []struct {
			ext    string
			render func() string
		}{{"md", a.Markdown}, {"html", a.HTML}} {
			t.Run(name+"."+r.ext, func(t *testing.T) {
				got := r.render()
				goldenPath := filepath.Join("testdata", "golden", name+"."+r.ext)
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
					t.Errorf("%s mismatch (-want +got):\n%s", r.ext, diff)
				}
			})
		}
	}
}

// htmlAttrs are the attributes HTML() may write, by element.
var htmlAttrs = map[string][]string{
	"a": {"href"}, "img": {"src", "alt"}, "code": {"class"},
	"article": nil, "h1": nil, "h2": nil, "h3": nil, "h4": nil, "h5": nil, "h6": nil, "p": nil,
	"ul": nil, "ol": nil, "li": nil, "table": nil, "thead": nil, "tbody": nil, "tr": nil, "th": nil, "td": nil,
	"blockquote": nil, "cite": nil, "pre": nil, "figure": nil, "figcaption": nil, "em": nil, "strong": nil, "br": nil,
}

// htmlFragmentProblems parses an HTML() fragment as a browser would and
// lists what in it breaks HTML's promises: an element or attribute outside
// the list, a URL that is not absolute http or https, a class other than a
// code block's language, or anything but one article element.
func htmlFragmentProblems(s string) []string {
	var problems []string
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return []string{err.Error()}
	}
	body := findBodyElement(doc)
	articles := 0
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "article":
			articles++
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		default:
			problems = append(problems, fmt.Sprintf("%v %q outside the article element", c.Type, c.Data))
		}
	}
	if articles != 1 {
		problems = append(problems, fmt.Sprintf("%d article elements", articles))
	}
	if head := body.PrevSibling; head != nil && head.FirstChild != nil {
		problems = append(problems, "content in <head>: "+head.FirstChild.Data)
	}
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode, html.DocumentNode:
			return true
		case html.ElementNode:
		default:
			problems = append(problems, fmt.Sprintf("node of type %v: %q", n.Type, n.Data))
			return false
		}
		if n == body {
			return true
		}
		allowed, ok := htmlAttrs[n.Data]
		if !ok || n.Namespace != "" {
			problems = append(problems, "element <"+n.Data+">")
		}
		for _, at := range n.Attr {
			if !strings.Contains(" "+strings.Join(allowed, " ")+" ", " "+at.Key+" ") || at.Namespace != "" {
				problems = append(problems, fmt.Sprintf("attribute %s on <%s>", at.Key, n.Data))
				continue
			}
			switch at.Key {
			case "href", "src":
				if !isSafeURL(at.Val) {
					problems = append(problems, fmt.Sprintf("%s=%q on <%s>", at.Key, at.Val, n.Data))
				}
			case "class":
				lang, ok := strings.CutPrefix(at.Val, "language-")
				if !ok || !isLanguageName(lang) || n.Parent == nil || n.Parent.Data != "pre" {
					problems = append(problems, fmt.Sprintf("class=%q on <%s>", at.Val, n.Data))
				}
			}
		}
		return true
	})
	return problems
}

func TestHTMLIsSafe(t *testing.T) {
	for name, path := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			a := parseFixture(t, name, path)
			out := a.HTML()
			for _, p := range htmlFragmentProblems(out) {
				t.Error(p)
			}
			if l := strings.ToLower(out); strings.Contains(l, "javascript:") || strings.Contains(l, "<script") || strings.Contains(l, " on") && strings.Contains(l, "=\"") && hasEventAttr(out) {
				t.Errorf("the HTML holds script:\n%s", out)
			}
		})
	}
}

// hasEventAttr reports whether an element in s carries an on... attribute.
func hasEventAttr(s string) bool {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return true
	}
	found := false
	walk(doc, func(n *html.Node) bool {
		for _, at := range n.Attr {
			if strings.HasPrefix(strings.ToLower(at.Key), "on") {
				found = true
			}
		}
		return !found
	})
	return found
}

// An article built by hand, with whatever its fields hold, still renders
// to safe HTML and to Markdown that keeps its text literal.
func TestRenderHandBuiltArticle(t *testing.T) {
	a := &Article{
		URL:    "javascript:alert(1)",
		Title:  `<script>alert("title")</script>`,
		Byline: "By <b>Eve</b>",
		Authors: []Author{
			{Name: "<b>Eve</b>", URL: "javascript:alert(2)"},
		},
		Image: &Image{URL: "data:image/png;base64,AAAA", Caption: "<img src=x onerror=alert(3)>"},
		Sections: []Section{{
			Heading: "<h1>Heading</h1> ##",
			Level:   9,
			Blocks: []Block{
				{Type: Paragraph, Text: "click me, then me", Marks: []Mark{
					{Kind: LinkMark, Start: 0, End: 8, URL: "javascript:alert(4)"},
					{Kind: LinkMark, Start: 0, End: 5, URL: " https://ok.example/\" onclick=\"alert(5)"},
					{Kind: "script", Start: 0, End: 3},
					{Kind: EmphasisMark, Start: 3, End: 100},
					{Kind: StrongMark, Start: -1, End: 2},
					{Kind: CodeMark, Start: 2, End: 12},
					{Kind: EmphasisMark, Start: 6, End: 14},
					{Kind: BreakMark, Start: 0, End: 1},
				}},
				{Type: Paragraph, Text: "é", Marks: []Mark{{Kind: StrongMark, Start: 1, End: 2}}},
				{Type: Code, Text: "</code><script>alert(6)</script>", Language: `go" onclick="alert(7)`},
				{Type: List, Items: []string{"<li>x</li>"}},
				{Type: Table, Rows: []Row{{Cells: []Span{{Text: "</td><script>"}}}}},
				{Type: Quote, Text: "quoted", Links: []Link{{Text: "quoted", URL: "vbscript:msgbox(8)"}}},
				{Type: Figure, Image: &Image{URL: "https://img.example/a.jpg\" onerror=\"alert(9)", Alt: "\"><script>"}},
				{Type: Related, Text: "Read more", Links: []Link{{Text: "Read more", URL: "https://news.example/next"}}},
			},
		}},
	}
	out := a.HTML()
	for _, p := range htmlFragmentProblems(out) {
		t.Error(p)
	}
	if l := strings.ToLower(out); strings.Contains(l, "javascript:") || strings.Contains(l, "vbscript:") || strings.Contains(l, "data:") || strings.Contains(l, "<script") || hasEventAttr(out) {
		t.Errorf("the HTML holds script or an unsafe URL:\n%s", out)
	}
	if !strings.Contains(out, `<a href="https://news.example/next">Read more</a>`) {
		t.Errorf("the related block's link, given only in Links, is not written:\n%s", out)
	}
	md := a.Markdown()
	for _, bad := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.Contains(strings.ToLower(md), bad) {
			t.Errorf("Markdown holds %q:\n%s", bad, md)
		}
	}
	// Outside the code block, every "<" is escaped.
	fence := strings.Index(md, "```\n")
	end := strings.Index(md[fence+4:], "```") + fence + 4
	for _, part := range []string{md[:fence], md[end:]} {
		for i := strings.IndexByte(part, '<'); i >= 0; i = strings.IndexByte(part[i+1:], '<') + i + 1 {
			if i == 0 || part[i-1] != '\\' {
				t.Errorf("unescaped < in Markdown at %q", part[i:min(i+20, len(part))])
			}
			if strings.IndexByte(part[i+1:], '<') < 0 {
				break
			}
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct {
		in   string
		ctx  mdContext
		want string
	}{
		{"AT&T and &amp; and &#38; and &#x26; and & alone", mdText, `AT&T and \&amp; and \&#38; and \&#x26; and & alone`},
		{"a <b> tag", mdText, `a \<b\> tag`},
		{"a | b", mdCell, `a \| b`},
		{"*stars* and _under_ and `ticks`", mdText, "\\*stars\\* and \\_under\\_ and \\`ticks\\`"},
		{"# not a heading", mdText, `\# not a heading`},
		{"issue #5", mdText, `issue #5`},
		{"Heading ##", mdHeading, `Heading \#\#`},
		{"1. not a list", mdText, `1\. not a list`},
		{"2024) not a list", mdText, `2024\) not a list`},
		{"in 2024. Then", mdText, `in 2024. Then`},
		{"- not a bullet", mdText, `\- not a bullet`},
		{"+ not a bullet", mdText, `\+ not a bullet`},
		{"= not a rule", mdText, `\= not a rule`},
		{"a - b", mdText, `a - b`},
		{"![not an image]", mdText, `\!\[not an image\]`},
		{"~struck~", mdText, `\~struck\~`},
		{"back\\slash", mdText, `back\\slash`},
		{"1. mid-line", mdMidLine, `1. mid-line`},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in, tt.ctx); got != tt.want {
			t.Errorf("escapeMarkdown(%q, %d) = %q, want %q", tt.in, tt.ctx, got, tt.want)
		}
	}
}

func TestMarkdownInline(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []Mark
		ctx   mdContext
		want  string
	}{
		{"emphasis", "a big deal", []Mark{{Kind: EmphasisMark, Start: 2, End: 5}}, mdText, "a *big* deal"},
		{"strong inside a word", "unbelievable", []Mark{{Kind: StrongMark, Start: 2, End: 6}}, mdText, "un**beli**evable"},
		{"emphasis on punctuation inside a word", `say"so"now`, []Mark{{Kind: EmphasisMark, Start: 3, End: 7}}, mdText, `say<em>"so"</em>now`},
		{"emphasis on punctuation after a space", `say "so" now`, []Mark{{Kind: EmphasisMark, Start: 4, End: 8}}, mdText, `say *"so"* now`},
		{"emphasis inside strong on the same words", "very good", []Mark{{Kind: StrongMark, Start: 0, End: 9}, {Kind: EmphasisMark, Start: 0, End: 9}}, mdText, "**<em>very good</em>**"},
		{"adjacent emphasis and strong", "onetwo", []Mark{{Kind: EmphasisMark, Start: 0, End: 3}, {Kind: StrongMark, Start: 3, End: 6}}, mdText, "<em>one</em><strong>two</strong>"},
		{"link around code", "see fmt.Println", []Mark{{Kind: LinkMark, Start: 4, End: 15, URL: "https://pkg.go.dev/fmt#Println"}, {Kind: CodeMark, Start: 4, End: 15}}, mdText, "see [`fmt.Println`](https://pkg.go.dev/fmt#Println)"},
		{"link with parentheses", "the page", []Mark{{Kind: LinkMark, Start: 4, End: 8, URL: "https://en.example/wiki/Page_(film)"}}, mdText, "the [page](https://en.example/wiki/Page_%28film%29)"},
		{"code with a backtick", "run a`b now", []Mark{{Kind: CodeMark, Start: 4, End: 7}}, mdText, "run ``a`b`` now"},
		{"code starting with a backtick", "x `y z", []Mark{{Kind: CodeMark, Start: 2, End: 4}}, mdText, "x `` `y `` z"},
		{"code with a pipe in a cell", "a|b", []Mark{{Kind: CodeMark, Start: 0, End: 3}}, mdCell, "`a\\|b`"},
		{"marks inside code are dropped", "x.y()", []Mark{{Kind: CodeMark, Start: 0, End: 5}, {Kind: EmphasisMark, Start: 0, End: 1}}, mdText, "`x.y()`"},
		{"break", "line one line two", []Mark{{Kind: BreakMark, Start: 8, End: 9}}, mdText, "line one\\\nline two"},
		{"break before a list marker", "note - item", []Mark{{Kind: BreakMark, Start: 4, End: 5}}, mdText, "note\\\n\\- item"},
		{"break in a cell", "line one line two", []Mark{{Kind: BreakMark, Start: 8, End: 9}}, mdCell, "line one<br>line two"},
		{"break in code", "cd src make", []Mark{{Kind: CodeMark, Start: 0, End: 11}, {Kind: BreakMark, Start: 6, End: 7}}, mdText, "`cd src`\\\n`make`"},
		{"text in a link is escaped", "a *b*", []Mark{{Kind: LinkMark, Start: 0, End: 5, URL: "https://x.example/"}}, mdText, "[a \\*b\\*](https://x.example/)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mdInline(tt.text, tt.marks, nil, tt.ctx); got != tt.want {
				t.Errorf("mdInline = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRenderMarks(t *testing.T) {
	text := "one two three"
	tests := []struct {
		name  string
		marks []Mark
		links []Link
		want  []Mark
	}{
		{"sorted, outermost first", []Mark{{Kind: EmphasisMark, Start: 4, End: 7}, {Kind: StrongMark, Start: 0, End: 13}}, nil,
			[]Mark{{Kind: StrongMark, Start: 0, End: 13}, {Kind: EmphasisMark, Start: 4, End: 7}}},
		{"an overlap is cut at the end of the mark holding it", []Mark{{Kind: StrongMark, Start: 0, End: 7}, {Kind: EmphasisMark, Start: 4, End: 13}}, nil,
			[]Mark{{Kind: StrongMark, Start: 0, End: 7}, {Kind: EmphasisMark, Start: 4, End: 7}}},
		{"invalid marks are dropped", []Mark{{Kind: EmphasisMark, Start: 5, End: 2}, {Kind: "blink", Start: 0, End: 3}, {Kind: StrongMark, Start: 0, End: 99},
			{Kind: BreakMark, Start: 0, End: 1}, {Kind: LinkMark, Start: 0, End: 3, URL: "javascript:x"}}, nil, []Mark{}},
		{"a link inside a link is dropped", []Mark{{Kind: LinkMark, Start: 0, End: 7, URL: "https://a.example/"}, {Kind: LinkMark, Start: 4, End: 7, URL: "https://b.example/"}}, nil,
			[]Mark{{Kind: LinkMark, Start: 0, End: 7, URL: "https://a.example/"}}},
		{"links without marks are found in the text", nil, []Link{{Text: "two", URL: "https://two.example/"}, {Text: "none", URL: "https://none.example/"}},
			[]Mark{{Kind: LinkMark, Start: 4, End: 7, URL: "https://two.example/"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderMarks(text, tt.marks, tt.links)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("renderMarks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarkdownList(t *testing.T) {
	bl := Block{Type: List, Ordered: true, ListItems: []ListItem{
		{Text: "first", Sublist: &Sublist{ListItems: []ListItem{{Text: "nested"}, {Text: "nested two"}}}},
		{Text: "", Sublist: &Sublist{Ordered: true, ListItems: []ListItem{{Text: "only nested"}}}},
		{Text: "1. literal", Marks: []Mark{{Kind: BreakMark, Start: 2, End: 3}}},
		{Text: ""},
	}}
	want := "1. first\n   - nested\n   - nested two\n2. 1. only nested\n3. 1\\.\\\n   literal"
	if got := markdownList(bl, "."); got != want {
		t.Errorf("markdownList =\n%s\nwant\n%s", got, want)
	}
}

// Two lists in a row take different markers, so that Markdown keeps them
// apart.
func TestMarkdownListsInARow(t *testing.T) {
	a := &Article{Sections: []Section{{Blocks: []Block{
		{Type: List, Items: []string{"a"}},
		{Type: List, Items: []string{"b"}},
		{Type: List, Items: []string{"c"}},
		{Type: List, Ordered: true, Items: []string{"d"}},
		{Type: List, Ordered: true, Items: []string{"e"}},
	}}}}
	if got, want := a.Markdown(), "- a\n\n* b\n\n- c\n\n1. d\n\n1) e\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// FuzzRender checks that an Article read from any JSON, whatever its marks,
// URLs and structure hold, renders without panicking to HTML that keeps
// HTML's promises and to valid UTF-8. It is seeded with the JSON goldens.
func FuzzRender(f *testing.F) {
	goldens, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	for _, g := range goldens {
		if b, err := os.ReadFile(g); err == nil && len(b) < 16<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"sections":[{"blocks":[{"type":"paragraph","text":"ab cd","marks":[{"kind":"link","start":0,"end":5,"url":"https://a.example/"},{"kind":"strong","start":1,"end":4},{"kind":"break","start":2,"end":3},{"kind":"emphasis","start":3,"end":5}]}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a Article
		if json.Unmarshal(b, &a) != nil {
			return
		}
		h := a.HTML()
		for _, p := range htmlFragmentProblems(h) {
			t.Errorf("HTML(): %s\n%s", p, h)
		}
		if md := a.Markdown(); !utf8.ValidString(md) && utf8.Valid(b) {
			t.Errorf("Markdown(): invalid UTF-8")
		}
		_ = a.Text()
	})
}
