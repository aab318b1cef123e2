package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// synthPage returns a news article page of about size bytes (within a few
// KB above it), the same for the same size on every run. It is built like a
// real one: a head with the usual metadata and JSON-LD, site navigation, a
// headline, byline and date, then a body of sections under h2 headings whose
// paragraphs vary in length and carry links and emphasis, with figures and
// captions, quotes, lists, tables, in-body promos and ad slots between them,
// then related links and a footer. A larger page is a longer article: more
// sections, not a different layout, so that time per byte can be compared
// across sizes.
func synthPage(size int) []byte {
	g := &synth{rnd: rand.New(rand.NewPCG(1, 2))}
	var sb strings.Builder
	sb.Grow(size + 16<<10)
	g.head(&sb)
	tail := g.tail()
	for n := 1; sb.Len()+len(tail) < size; n++ {
		g.section(&sb, n)
	}
	sb.WriteString(tail)
	return []byte(sb.String())
}

// synth draws the page's text from a fixed seed.
type synth struct {
	rnd *rand.Rand
	// links counts the links made, so that every target is distinct.
	links int
}

// vocabulary is the words sentences are made of: news prose, with names and
// numbers that a real article would carry.
var vocabulary = strings.Fields(`the a of to and in that for on with as by at from
	is was were has have had will would could said says told according officials
	government minister council city report data study researchers market prices
	company shares investors quarter growth percent year week month Monday Tuesday
	Friday spokesperson statement plan policy budget vote election campaign voters
	court judge ruling appeal police investigation community residents school
	students hospital patients health climate energy water river storm flood
	drought farmers harvest exports trade agreement talks border security forces
	technology software users network service platform launch release version
	analysts expect forecast decline increase record million billion thousand
	early late new former local national international public private major
	first second third last several many few most more less about after before
	during while since until because although however meanwhile also still only
	Johnson García Müller Okafor Tanaka Dubois Kowalski Nguyen Rossi Andersen
	London Lagos Tokyo Berlin Chicago Melbourne Warsaw Hanoi Milan Copenhagen
	2019 2020 2021 2022 2023 2024 12 45 300 1,200 3.5 17.8`)

func (g *synth) word() string { return vocabulary[g.rnd.IntN(len(vocabulary))] }

// words returns n words separated by spaces.
func (g *synth) words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	return strings.Join(w, " ")
}

// sentence returns a capitalised sentence of 6 to 29 words, some of them
// wrapped in a link, <em> or <strong> when inline is set.
func (g *synth) sentence(inline bool) string {
	n := 6 + g.rnd.IntN(24)
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	if inline && n > 8 {
		i := 1 + g.rnd.IntN(n-4)
		switch g.rnd.IntN(6) {
		case 0, 1:
			w[i] = fmt.Sprintf(`<a href="%s">%s %s</a>`, g.link(), w[i], w[i+1])
			w[i+1] = ""
		case 2:
			w[i] = "<em>" + w[i] + "</em>"
		case 3:
			w[i] = "<strong>" + w[i] + "</strong>"
		}
	}
	s := strings.Join(strings.Fields(strings.Join(w, " ")), " ")
	return s + [...]string{".", ".", ".", "?"}[g.rnd.IntN(4)]
}

// link returns a new article address on the site, relative or absolute.
func (g *synth) link() string {
	g.links++
	if g.links%3 == 0 {
		return fmt.Sprintf("https://www.example-news.com/world/2024/story-%d.html", g.links)
	}
	return fmt.Sprintf("/news/2024/%02d/%s-%d", 1+g.links%12, strings.ToLower(g.word()), g.links)
}

func (g *synth) head(sb *strings.Builder) {
	title := g.sentence(false)
	sb.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>` + title + ` | Example News</title>
<meta name="description" content="` + g.words(20) + `">
<meta property="og:title" content="` + title + `">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Example News">
<meta property="og:image" content="https://cdn.example-news.com/img/lead-1200.jpg">
<meta name="author" content="Maria Okafor">
<meta property="article:published_time" content="2024-03-14T08:30:00+01:00">
<link rel="canonical" href="https://www.example-news.com/news/2024/03/long-read.html">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + title + `","datePublished":"2024-03-14T08:30:00+01:00","author":[{"@type":"Person","name":"Maria Okafor"}],"publisher":{"@type":"Organization","name":"Example News"}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">Example News</a>
<nav class="main-nav"><ul>`)
	for _, s := range []string{"World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Opinion", "Video"} {
		fmt.Fprintf(sb, `<li><a href="/%s">%s</a></li>`, strings.ToLower(s), s)
	}
	sb.WriteString(`</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<main><article class="story">
<header class="story-header"><h1 class="headline">` + title + `</h1>
<p class="standfirst">` + g.sentence(false) + `</p>
<p class="byline">By <a rel="author" href="/authors/maria-okafor">Maria Okafor</a> and <a rel="author" href="/authors/kenji-tanaka">Kenji Tanaka</a></p>
<time datetime="2024-03-14T08:30:00+01:00">14 March 2024, 08:30</time>
<div class="share"><a href="https://twitter.com/intent/tweet">Share</a> <a href="mailto:?subject=story">Email</a></div>
</header>
<figure class="lead-image"><img src="https://cdn.example-news.com/img/lead-1200.jpg" srcset="https://cdn.example-news.com/img/lead-600.jpg 600w, https://cdn.example-news.com/img/lead-1200.jpg 1200w" alt="` + g.words(6) + `" width="1200" height="675">
<figcaption>` + g.sentence(false) + ` <span class="credit">Photo: Reuters</span></figcaption></figure>
<div class="story-body">
`)
}

// section writes the n-th section: a subheading (none for the first), then
// paragraphs with other blocks between them.
func (g *synth) section(sb *strings.Builder, n int) {
	if n > 1 {
		fmt.Fprintf(sb, "<h2 id=\"section-%d\">%s</h2>\n", n, strings.TrimRight(g.sentence(false), ".?,"))
	}
	for i := range 4 + g.rnd.IntN(6) {
		g.paragraph(sb)
		if i == 1 {
			g.block(sb, n)
		}
	}
}

func (g *synth) paragraph(sb *strings.Builder) {
	sb.WriteString("<p>")
	for i := range 2 + g.rnd.IntN(6) {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(g.sentence(true))
	}
	sb.WriteString("</p>\n")
}

// block writes one of the non-paragraph blocks an article carries.
func (g *synth) block(sb *strings.Builder, n int) {
	switch g.rnd.IntN(7) {
	case 0:
		fmt.Fprintf(sb, `<figure class="inline-image"><img src="https://cdn.example-news.com/img/%d-800.jpg" alt="%s" loading="lazy" width="800" height="533"><figcaption>%s <span class="credit">Photo: %s / AFP</span></figcaption></figure>`+"\n",
			n, g.words(5), g.sentence(false), g.word())
	case 1:
		fmt.Fprintf(sb, "<blockquote><p>%s %s</p><cite>%s</cite></blockquote>\n", g.sentence(false), g.sentence(false), g.word())
	case 2:
		sb.WriteString("<ul>")
		for range 3 + g.rnd.IntN(4) {
			fmt.Fprintf(sb, "<li>%s</li>", g.sentence(true))
		}
		sb.WriteString("</ul>\n")
	case 3:
		sb.WriteString("<table><thead><tr><th>Year</th><th>Value</th><th>Change</th></tr></thead><tbody>")
		for y := range 4 {
			fmt.Fprintf(sb, "<tr><td>%d</td><td>%d</td><td>%+.1f%%</td></tr>", 2020+y, g.rnd.IntN(5000), g.rnd.Float64()*20-10)
		}
		sb.WriteString("</tbody></table>\n")
	case 4:
		fmt.Fprintf(sb, `<p class="related-inline"><strong>Read more:</strong> <a href="%s">%s</a></p>`+"\n", g.link(), g.sentence(false))
	case 5:
		fmt.Fprintf(sb, `<div class="ad-slot" id="ad-%d" data-ad-unit="mid-article"><span>Advertisement</span></div>`+"\n", n)
	default:
		fmt.Fprintf(sb, `<aside class="newsletter"><h3>Sign up</h3><p>%s</p><form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form></aside>`+"\n", g.sentence(false))
	}
}

// tail returns the end of the page: the related links and the footer.
func (g *synth) tail() string {
	var sb strings.Builder
	sb.WriteString("</div>\n<aside class=\"related\"><h2>Related stories</h2><ul>")
	for range 6 {
		fmt.Fprintf(&sb, `<li><a href="%s">%s</a></li>`, g.link(), g.sentence(false))
	}
	sb.WriteString("</ul></aside>\n</article></main>\n<footer class=\"site-footer\"><ul>")
	for _, s := range []string{"About us", "Contact", "Careers", "Privacy", "Terms", "Cookies", "Advertise"} {
		fmt.Fprintf(&sb, `<li><a href="/%s">%s</a></li>`, strings.ToLower(strings.ReplaceAll(s, " ", "-")), s)
	}
	sb.WriteString("</ul><p>© 2024 Example News</p></footer>\n<script src=\"/static/app.js\" async></script>\n</body></html>\n")
	return sb.String()
}
