package article_test

import (
	"fmt"
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
