package article

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestClassWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"article__dek", []string{"article", "dek"}},
		{"ContentHeaderDek-uWfLh", []string{"content", "header", "dek", "u", "wf", "lh"}},
		{"headline_description__xYhEI", []string{"headline", "description", "x", "yh", "ei"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := classWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("classWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsDekMarked(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"dek", true},
		{"story-deck", true},
		{"ArticleHeaderDek-sc-0c1d", true},
		{"standfirst", true},
		{"article__desc", true},
		{"entry-summary", true},
		{"headline_description__a1", true},
		{"image-description", false}, // a picture's
		{"author-summary", false},    // a person's
		{"teaser", false},            // another story's card
		{"detail", false},
	}
	for _, tt := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
		if got := isDekMarked(n); got != tt.want {
			t.Errorf("isDekMarked(class=%q) = %v, want %v", tt.class, got, tt.want)
		}
	}
}

func TestUntruncated(t *testing.T) {
	full := "Six stalls became two hundred in four years, and the town wants the market moved."
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"first given", []string{"", "A summary.", "Another."}, "A summary."},
		{"cut with dots, full one later", []string{"Six stalls became two hundred in four...", full}, full},
		{"cut with an ellipsis, full one later", []string{"Six stalls became two hundred in four years…", full}, full},
		{"cut, no full one", []string{"Six stalls became...", "Something else."}, "Six stalls became..."},
		{"none", []string{"", " "}, ""},
	}
	for _, tt := range tests {
		if got := untruncated(tt.in...); got != tt.want {
			t.Errorf("%s: untruncated(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestDisplayedDek(t *testing.T) {
	body := strings.Repeat("<p>The council met on Tuesday to discuss the harbour plan, which has divided the town for years and will now go to a vote. </p>", 5)
	tests := []struct {
		name, header, want string
	}{
		{"subheadline h2", `<h2>Three crossings a day go from the winter timetable</h2>`, "Three crossings a day go from the winter timetable"},
		{"short h2 is a section's title", `<h2>Harbour and river</h2>`, "Metadata summary of the story."},
		{"hgroup subtitle", ``, "Metadata summary of the story."},
		{"marked dek after a caption", `<figure><img src="a.jpg"><figcaption class="caption">Boats in the harbour at dawn, seen from the pier.</figcaption></figure><p class="article-dek">The ferry will sail three times fewer each day.</p>`, "The ferry will sail three times fewer each day."},
		{"byline in a marked box is no dek", `<p class="story-summary">By Jane Doe and John Roe, Harbour Desk</p>`, "Metadata summary of the story."},
		{"dateline in a marked box is no dek", `<p class="article-intro">Riverton, 2 November 2021</p>`, "Metadata summary of the story."},
	}
	for _, tt := range tests {
		page := `<html><head><meta name="description" content="Metadata summary of the story."></head><body><article><h1>Council backs the harbour plan</h1>` +
			tt.header + `<div class="article-body">` + body + `</div></article></body></html>`
		a := parseTestPage(t, page, "https://news.example.com/story")
		if a.Description != tt.want {
			t.Errorf("%s: Description = %q, want %q", tt.name, a.Description, tt.want)
		}
	}
	page := `<html><head><meta name="description" content="Metadata summary of the story."></head><body><article><hgroup><h1>Council backs the harbour plan</h1><p>The vote ends a debate of twelve years.</p></hgroup>` +
		`<div class="article-body">` + body + `</div></article></body></html>`
	if a := parseTestPage(t, page, "https://news.example.com/story"); a.Description != "The vote ends a debate of twelve years." {
		t.Errorf("hgroup: Description = %q", a.Description)
	}
}

func TestTitleConventions(t *testing.T) {
	body := `<div class="article-body">` + strings.Repeat("<p>The council met on Tuesday to discuss the harbour plan, which has divided the town for years and will now go to a vote. </p>", 5) + `</div>`
	tests := []struct {
		name, head, h1, want string
	}{
		{"kicker line above the headline",
			`<title>Council backs the harbour plan - Riverton Post</title><meta property="og:site_name" content="Riverton Post">`,
			`<h1><span class="sub">Harbour vote:</span><br> Council backs the harbour plan</h1>`,
			"Council backs the harbour plan"},
		{"date and tags on a line below the headline",
			`<meta property="og:title" content="Council backs the harbour plan">`,
			`<h1>Council backs the harbour plan<br><small>12.03.2024 • Town, Harbour</small></h1>`,
			"Council backs the harbour plan"},
		{"headline before site and tagline",
			`<title>Council backs the harbour plan - Riverton Post - News from the river towns</title>`,
			`<h1>Council backs the harbour plan</h1>`,
			"Council backs the harbour plan"},
		{"hAtom entry title without an h1",
			`<title>Riverton Post</title>`,
			`<aside><h4 class="widget-title entry-title">Most read</h4></aside><h2 class="entry-title">Council backs the harbour plan</h2>`,
			"Council backs the harbour plan"},
		{"unescaped quotes in JSON-LD",
			`<title>Mayor calls the plan</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Mayor calls the plan "a gift", not a cost", "description": ""A gift", said the mayor, "not a cost""}</script>`,
			``,
			`Mayor calls the plan "a gift", not a cost`},
	}
	for _, tt := range tests {
		page := `<html><head>` + tt.head + `</head><body><main>` + tt.h1 + body + `</main></body></html>`
		a := parseTestPage(t, page, "https://news.example.com/story")
		if a.Title != tt.want {
			t.Errorf("%s: Title = %q, want %q", tt.name, a.Title, tt.want)
		}
	}
}

func TestContainsWords(t *testing.T) {
	tests := []struct {
		k, sub string
		want   bool
	}{
		{"council backs the harbour plan", "harbour plan", true},
		{"ferryharbour plan", "harbour plan", false},
		{"harbour planning", "harbour plan", false},
		{"plan harbour plan", "harbour plan", true},
		{"港の計画が決まった", "港の計画", true}, // no spaces between words
	}
	for _, tt := range tests {
		if got := containsWords(tt.k, tt.sub); got != tt.want {
			t.Errorf("containsWords(%q, %q) = %v, want %v", tt.k, tt.sub, got, tt.want)
		}
	}
}

// FuzzLastKeyRune holds isTitle's shortcut to what foldKey does:
// lastKeyRune(s) is the last character of foldKey(s), or -1 when the key
// is empty.
func FuzzLastKeyRune(f *testing.F) {
	for _, s := range []string{"", " - ", "Rivers Rise Again!", "Élan Vital ", "DER FLUSS STEIGT…", "Ⱥ.",
		"K\u212a", "İ", "abc\xe2\x82", "\xc3\xa9\xc3", "12 – 0", "川が増水", "x\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := rune(-1)
		if k := foldKey(s); k != "" {
			want, _ = utf8.DecodeLastRuneInString(k)
		}
		if got := lastKeyRune(s); got != want {
			t.Errorf("lastKeyRune(%q) = %U, foldKey gives %q", s, got, foldKey(s))
		}
	})
}
