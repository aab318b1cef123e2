package article_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/articleparse/article"
)

const examplePage = `<!doctype html>
<html lang="en"><head>
<title>Ferry service resumes after storm | Harbour Herald</title>
<meta property="og:site_name" content="Harbour Herald">
<meta property="article:published_time" content="2024-03-02T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Ferry service resumes after storm</h1>
<p class="byline">By <a href="/authors/ana-ruiz">Ana Ruiz</a> and AFP</p>
<figure><img src="/img/ferry.jpg" width="800" height="533" alt="A ferry at the quay">
<figcaption>The first crossing left at dawn. <span class="credit">Photo: Ben Ode</span></figcaption></figure>
<div class="article-body">
<p>The harbour ferry sailed again on Saturday, three days after a storm damaged the landing stage at the north quay.</p>
<p>Related: <a href="/news/storm-closes-quay">Storm closes north quay</a></p>
<h2>Repairs</h2>
<p>Engineers worked through the night to replace two of the pontoon sections, the operator said in a statement.</p>
</div>
</article>
<footer>© Harbour Herald</footer>
</body></html>`

func ExampleParse() {
	a, err := article.Parse(strings.NewReader(examplePage), "https://news.example.com/2024/03/02/ferry")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Byline)
	for _, au := range a.Authors {
		fmt.Println(au.Name, au.URL, au.Organization)
	}
	fmt.Println(a.Published, a.Published.Precision)
	fmt.Println(a.Image.Caption, "|", a.Image.Credit)
	for _, r := range a.Related {
		fmt.Println("related:", r.Text, r.URL)
	}
	// Output:
	// Ferry service resumes after storm
	// By Ana Ruiz and AFP
	// Ana Ruiz https://news.example.com/authors/ana-ruiz false
	// AFP  true
	// 2024-03-02T09:30:00+01:00 instant
	// The first crossing left at dawn. | Ben Ode
	// related: Storm closes north quay https://news.example.com/news/storm-closes-quay
}

func ExampleArticle_Text() {
	a, err := article.Parse(strings.NewReader(examplePage), "https://news.example.com/2024/03/02/ferry")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Text())
	// Output:
	// The harbour ferry sailed again on Saturday, three days after a storm damaged the landing stage at the north quay.
	//
	// Repairs
	//
	// Engineers worked through the night to replace two of the pontoon sections, the operator said in a statement.
}

// A page with the structure a reader wants kept: emphasis, a link, a
// numbered list with a nested list, a quotation with its source.
const structuredPage = `<html><head><title>Ferry timetable for the winter</title></head><body><article>
<h1>Ferry timetable for the winter</h1>
<p>The harbour ferry runs a <em>reduced</em> timetable from November, the operator said, and publishes it on its <a href="/timetables">timetable page</a>. Passengers should check the board before travelling.</p>
<ol>
<li>Weekdays: every hour from seven.</li>
<li>Weekends:
<ul><li>Saturday, every two hours;</li><li>Sunday, mornings only.</li></ul>
</li>
</ol>
<blockquote><p>We would rather run fewer boats than cancel them at the last minute.</p><footer>— <cite>Mara Quist, operations manager</cite></footer></blockquote>
</article></body></html>`

func ExampleArticle_Markdown() {
	a, err := article.Parse(strings.NewReader(structuredPage), "https://news.example.com/2024/ferry-winter")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(a.Markdown())
	// Output:
	// # Ferry timetable for the winter
	//
	// The harbour ferry runs a *reduced* timetable from November, the operator said, and publishes it on its [timetable page](https://news.example.com/timetables). Passengers should check the board before travelling.
	//
	// 1. Weekdays: every hour from seven.
	// 2. Weekends:
	//    - Saturday, every two hours;
	//    - Sunday, mornings only.
	//
	// > We would rather run fewer boats than cancel them at the last minute.
	// >
	// > — Mara Quist, operations manager
	//
	// Original URL: <https://news.example.com/2024/ferry-winter>
}

func ExampleArticle_HTML() {
	a, err := article.Parse(strings.NewReader(structuredPage), "https://news.example.com/2024/ferry-winter")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(a.HTML())
	// Output:
	// <article>
	// <h1>Ferry timetable for the winter</h1>
	// <p>The harbour ferry runs a <em>reduced</em> timetable from November, the operator said, and publishes it on its <a href="https://news.example.com/timetables">timetable page</a>. Passengers should check the board before travelling.</p>
	// <ol>
	// <li>Weekdays: every hour from seven.</li>
	// <li>Weekends:
	// <ul>
	// <li>Saturday, every two hours;</li>
	// <li>Sunday, mornings only.</li>
	// </ul>
	// </li>
	// </ol>
	// <blockquote>
	// <p>We would rather run fewer boats than cancel them at the last minute.</p>
	// <p>— <cite>Mara Quist, operations manager</cite></p>
	// </blockquote>
	// <p>Original URL: <a href="https://news.example.com/2024/ferry-winter">https://news.example.com/2024/ferry-winter</a></p>
	// </article>
}

// Walking the sections and their blocks reads the body with its structure:
// each block's Type says which fields it fills, and marks say where its
// text is a link or emphasised.
func Example_sectionsAndBlocks() {
	a, err := article.Parse(strings.NewReader(structuredPage), "https://news.example.com/2024/ferry-winter")
	if err != nil {
		fmt.Println(err)
		return
	}
	var items func(indent string, its []article.ListItem)
	items = func(indent string, its []article.ListItem) {
		for _, it := range its {
			fmt.Printf("%s- %s\n", indent, it.Text)
			if it.Sublist != nil {
				items(indent+"  ", it.Sublist.ListItems)
			}
		}
	}
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			switch b.Type {
			case article.Paragraph:
				for _, m := range b.Marks {
					fmt.Printf("paragraph: %s %q\n", m.Kind, b.Text[m.Start:m.End])
				}
			case article.List:
				fmt.Println("list, ordered:", b.Ordered)
				items("  ", b.ListItems)
			case article.Quote:
				fmt.Printf("quote: %d paragraph(s), cited: %s\n", len(b.Paragraphs), b.Citation.Text)
			}
		}
	}
	// Output:
	// paragraph: emphasis "reduced"
	// paragraph: link "timetable page"
	// list, ordered: true
	//   - Weekdays: every hour from seven.
	//   - Weekends:
	//     - Saturday, every two hours;
	//     - Sunday, mornings only.
	// quote: 1 paragraph(s), cited: Mara Quist, operations manager
}

// ParseResponse reads a fetched page with the address it was fetched from
// and the character set its Content-Type names; a status other than 2xx
// is an error that names it.
func ExampleParser_ParseResponse() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/2024/03/02/ferry" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, examplePage)
	}))
	defer srv.Close()

	var p article.Parser
	for _, path := range []string{"/2024/03/02/ferry", "/missing"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		a, err := p.ParseResponse(resp)
		resp.Body.Close()
		var status *article.StatusError
		switch {
		case errors.As(err, &status):
			fmt.Println("status:", status.StatusCode)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Println(a.Title)
		}
	}
	// Output:
	// Ferry service resumes after storm
	// status: 404
}

// A Parser carries the settings; its zero value has the defaults, and one
// value may be shared by any number of goroutines.
func ExampleParser() {
	page := `<html><body><article><h1>Harbour lights</h1>` +
		`<p>The harbour lights were switched on again last night after a month of repairs to the cables under the quay, the port authority said.</p>` +
		`<figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="The lights"></figure></article></body></html>`

	small := article.Parser{MaxBytes: 100}
	if _, err := small.Parse(strings.NewReader(page), ""); errors.Is(err, article.ErrTooLarge) {
		fmt.Println("MaxBytes 100:", err)
	}

	for _, p := range []article.Parser{{}, {KeepDataImages: true}} {
		a, err := p.Parse(strings.NewReader(page), "https://news.example.com/lights")
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("KeepDataImages %v: lead image %v\n", p.KeepDataImages, a.Image != nil)
	}
	// Output:
	// MaxBytes 100: article: input exceeds the size limit (100 bytes)
	// KeepDataImages false: lead image false
	// KeepDataImages true: lead image true
}

// A Date says how much the page states: a day, a local time without a
// zone, or an instant with its offset.
func ExampleDate() {
	for _, meta := range []string{"2024-03-05", "2024-03-05T14:00:00", "2024-03-05T14:00:00-08:00"} {
		page := `<html><head><meta property="article:published_time" content="` + meta + `"></head>` +
			`<body><article><h1>Harbour lights</h1><p>The harbour lights were switched on again last night after a month of repairs.</p></article></body></html>`
		a, err := article.Parse(strings.NewReader(page), "")
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.Published.Precision, a.Published, a.Published.Time.Weekday())
	}
	// Output:
	// day 2024-03-05 Tuesday
	// local 2024-03-05T14:00:00 Tuesday
	// instant 2024-03-05T14:00:00-08:00 Tuesday
}
