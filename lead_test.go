package article

import (
	"strings"
	"testing"
)

// standfirstPage is a page whose standfirst sits in the headline's header,
// outside the body's container.
const standfirstPage = `<html><head><title>Bridge closed after flood</title></head><body><main>
<header class="article-header">
<h1>Bridge closed after flood</h1>
%s
</header>
<div class="article-body">
<p>Engineers inspected the bridge piers at dawn and found no damage, though the road will stay closed until the water falls below the warning mark, the council said.</p>
<p>Residents were asked to keep away from the embankment while the pumps run through the night, and the fire brigade cleared cellars in the lower town until the morning.</p>
<p>The last flood of this height, in 2013, closed the bridge for nine days; the council expects a shorter closure this time, since the new barriers held, officials added.</p>
</div></main></body></html>`

func TestStandfirst(t *testing.T) {
	for _, c := range []struct {
		name, header, want, notWant string
	}{
		{"standfirst", `<p class="text-xl">The river rose by two metres overnight. The bridge stays closed until engineers have checked it.</p>`,
			"The river rose by two metres overnight.", ""},
		{"intro class", `<div class="article-intro">The river rose by two metres overnight. The bridge stays closed until engineers have checked it.</div>`,
			"The river rose by two metres overnight.", ""},
		{"one-line subtitle", `<h2 class="subtitle">The council expects a short closure this time</h2>`,
			"", "The council expects a short closure"},
		{"byline", `<p>By Jane Doe and John Roe, Staff Writers. Updated at noon.</p>`,
			"", "Jane Doe"},
		{"caption", `<div class="image"><img src="/a.jpg"><p>The bridge at dawn. Photo taken from the east bank by a reader.</p></div>`,
			"", "The bridge at dawn"},
		{"pull quote", `<p>“We have never seen it this high. Nobody here has,” a resident said of the water.</p>`,
			"", "We have never seen it"},
	} {
		page := strings.Replace(standfirstPage, "%s", c.header, 1)
		a := parseTestPage(t, page, "https://www.example.com/news/bridge.html")
		text := a.Text()
		if c.want != "" && !strings.HasPrefix(text, c.want) {
			t.Errorf("%s: body does not open with %q:\n%s", c.name, c.want, text)
		}
		if c.notWant != "" && strings.Contains(text, c.notWant) {
			t.Errorf("%s: body holds %q:\n%s", c.name, c.notWant, text)
		}
		if !strings.Contains(text, "Engineers inspected") {
			t.Errorf("%s: body lacks its first paragraph:\n%s", c.name, text)
		}
	}
}

func TestStandfirstInHeaderInsideBody(t *testing.T) {
	page := `<html><head><title>Bridge closed after flood</title></head><body>
<article class="article"><header><h1>Bridge closed after flood</h1><h2 class="teaser">The river rose by two metres overnight. The bridge stays closed until engineers have checked it.</h2><span class="date">5 May 2024</span></header>
<div><p>Engineers inspected the bridge piers at dawn and found no damage, though the road will stay closed until the water falls below the warning mark, the council said.</p>
<p>Residents were asked to keep away from the embankment while the pumps run through the night, and the fire brigade cleared cellars in the lower town until the morning.</p></div>
</article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/news/bridge.html")
	if len(a.Sections) == 0 || len(a.Sections[0].Blocks) == 0 {
		t.Fatalf("no body: %+v", a.Sections)
	}
	first := a.Sections[0].Blocks[0]
	if first.Type != Paragraph || !strings.HasPrefix(first.Text, "The river rose") {
		t.Errorf("first block = %+v, want the standfirst as a paragraph", first)
	}
	if a.Sections[0].Heading != "" {
		t.Errorf("the standfirst became a heading: %q", a.Sections[0].Heading)
	}
}

func TestSentenceBreaks(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"One sentence only", 0},
		{"One. Two. three", 1},
		{"Die Stadt wächst. Über 800 Besucher kamen.", 1},
		{"Er kam um 10 Uhr. Über alles sprach er nicht.", 1},
		{"Mr. smith went home.", 0},
	} {
		if got := sentenceBreaks(c.text); got != c.want {
			t.Errorf("sentenceBreaks(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestRecoverFromNoscript(t *testing.T) {
	var post strings.Builder
	for range 10 {
		post.WriteString("&lt;p&gt;The post is written into a script by the template, and a copy for readers without script sits in a noscript element.&lt;/p&gt;")
	}
	page := `<html><head><title>Post</title></head><body><div class="post"><div class="post-body">
<script>document.write(decodeURIComponent("..."))</script>
<noscript>` + strings.ReplaceAll(strings.ReplaceAll(post.String(), "&lt;", "<"), "&gt;", ">") + `</noscript>
</div></div></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/post.html")
	if text := a.Text(); !strings.Contains(text, "The post is written into a script") {
		t.Errorf("body = %q, want the noscript copy", text)
	}
}

func TestStoryOfTitle(t *testing.T) {
	story := func(title string, paras int) string {
		var b strings.Builder
		b.WriteString(`<div class="scrollblock"><article class="entry"><header><h1>` + title + `</h1></header><div class="entry-text">`)
		for range paras {
			b.WriteString(`<p>` + title + ` is told here at length, with commas, clauses, and the details a reader wants, so that each paragraph scores as prose.</p>`)
		}
		b.WriteString(`</div></article></div>`)
		return b.String()
	}
	// The page's own story is short; the next one, loaded below it, is
	// longer and scores higher.
	page := `<html><head><title>Blessing of the cars</title><meta property="og:title" content="Blessing of the cars"></head><body><main>` +
		story("Blessing of the cars", 3) + story("A longer story that follows", 8) + `</main></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/blessing")
	text := a.Text()
	if !strings.Contains(text, "Blessing of the cars is told") || strings.Contains(text, "A longer story that follows is told") {
		t.Errorf("body is not the headline's story:\n%s", text)
	}
}

func TestLongOneSentenceStandfirst(t *testing.T) {
	long := `<p>The river rose by two metres overnight and flooded the lower town, closing the bridge for the first time in a decade while engineers checked its piers for damage</p>`
	a, err := Parse(strings.NewReader(strings.Replace(standfirstPage, "%s", long, 1)), "https://www.example.com/news/bridge.html")
	if err != nil {
		t.Fatal(err)
	}
	if text := a.Text(); !strings.HasPrefix(text, "The river rose") {
		t.Errorf("body does not open with the long standfirst:\n%s", text)
	}
}

func TestRecipeFromJSONLD(t *testing.T) {
	page := `<html><head><title>Porridge</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Porridge",
"recipeIngredient":["300 ml oat drink","80 g oat flakes","1 apple"],
"recipeInstructions":[{"@type":"HowToStep","text":"Bring the oat drink and the flakes to the boil and let them simmer for two minutes."},
{"@type":"HowToSection","itemListElement":[{"@type":"HowToStep","text":"Dice the apple &amp; stir it in just before serving."}]}]}</script>
</head><body><article><h1>Porridge</h1><div class="intro">
<p>Oats are rich in fibre and calcium, and a warm bowl in the morning keeps you full until lunch, which is why we make it every winter.</p>
<p>The porridge can be made with milk, almond drink or plain water instead, and pears or berries work as well as apples do.</p>
</div><div class="recipe-widget" data-steps="2"></div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/porridge")
	text := a.Text()
	for _, want := range []string{"80 g oat flakes", "Bring the oat drink", "Dice the apple & stir it in"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
	if !strings.HasPrefix(text, "Oats are rich") {
		t.Errorf("the recipe's steps do not follow the page's own text:\n%s", text)
	}
}

func TestStandfirstInDeepHeader(t *testing.T) {
	// Page builders nest the headline a few wrappers deep in a header
	// module beside the body's section.
	page := `<html><head><title>Heat pumps boom</title></head><body><main><article class="documentContent">
<header class="contentHeader"><section class="articleHeader"><div class="articleHeader__content"><div class="contentHeaderHeader"><div class="co"><div class="co__container">
<h1>Heat pumps boom</h1>
<div class="contentHeaderHeader__abstract">Heat pumps sold better than ever last year. The trade body expects the market to grow again this year.</div>
</div></div></div></div></section></header>
<section class="contentMain">
<p>Engineers installed more heat pumps last year than in any year before, the trade body said on Tuesday, as households replaced old gas boilers.</p>
<p>Most of the new pumps went into houses built before 1990, which surprised the industry, since older houses were long thought too draughty for them.</p>
</section></article></main></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/heat-pumps")
	if text := a.Text(); !strings.HasPrefix(text, "Heat pumps sold better") {
		t.Errorf("body does not open with the standfirst:\n%s", text)
	}
}
