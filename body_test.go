package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBoilerplateLines(t *testing.T) {
	checkLines(t, "isBoilerplateLine", isBoilerplateLine, []lineCase{
		{"Zurück zur Übersicht", true},
		{"« Back to news", true},
		{"zurück", true},
		{"Retour à la liste", true},
		{"Lindholm zurück in Hannover", false},
		{"Back to the future was a film we watched twice that summer", false},
		{"12 Kommentare", true},
		{"Aufrufe: 301", true},
		{"Comments (4)", true},
		{"Kommentare", false},
		{"Whatsapp Facebook Pinterest Email", true},
		{"Facebook Twitter", true},
		{"Facebook bought Instagram in 2012", false},
		{"Inhaltsverzeichnis", true},
		{"Keine Kommentare", true},
		{"Explore further", true},
		{"The river rose by two metres overnight", false},
	})
}

func TestCallToActionConsentAndDisclosure(t *testing.T) {
	checkLines(t, "isCallToAction", isCallToAction, []lineCase{
		{"Externer Inhalt: Mit einem Klick lassen Sie sich den Beitrag anzeigen.", true},
		{"Anzeige: Dieser Artikel enthält Affiliate-Links.", true},
		{"Síguenos en Telegram, Instagram y Twitter", true},
		{"© 2021 Example Media. This page may not be reproduced without written permission.", true},
		{"The commission will publish its report on the affiliate programme next week, officials said.", false},
	})
}

func TestTeaserCard(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`<div class="m-teaser"><h2 class="m-teaser__title"><a href="/b">Another story</a></h2><p>Its excerpt, which is not linked, runs on for a while.</p></div>`, true},
		{`<section class="box teaser"><a href="/c"><div><h3>A story elsewhere</h3></div></a></section>`, true},
		{`<div class="teaser-text"><p>The standfirst of this very article, in plain prose with no link at all.</p></div>`, false},
		{`<div class="related"><a href="/d">Not a teaser class</a></div>`, false},
	} {
		doc, err := html.Parse(strings.NewReader(c.src))
		if err != nil {
			t.Fatal(err)
		}
		n := findBodyElement(doc).FirstChild
		if got := isTeaserCard(n); got != c.want {
			t.Errorf("isTeaserCard(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}

func TestBoilerplateInBody(t *testing.T) {
	page := `<html><head><title>Rivers</title></head><body><article><h1>Rivers rise</h1>
<div class="article-body">
<p>The river rose by two metres overnight, flooding the lower town and closing the bridge for the first time in a decade, officials said on Monday.</p>
<h3>Inhaltsverzeichnis</h3>
<p>Engineers inspected the bridge piers at dawn and found no damage, though the road will stay closed until the water falls below the warning mark.</p>
<div class="teaser"><h2><a href="/other">A different story entirely</a></h2><p>Teaser text for that other story, which is not part of this one.</p></div>
<p>Residents were asked to keep away from the embankment while the pumps run through the night and the fire brigade clears the cellars.</p>
<p><a href="/news">Zurück zur Übersicht</a></p>
<p>Whatsapp Facebook Pinterest</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/news/rivers.html")
	text := a.Text()
	for _, s := range []string{"Inhaltsverzeichnis", "Zurück zur Übersicht", "Whatsapp", "Teaser text for that other story"} {
		if strings.Contains(text, s) {
			t.Errorf("body holds %q:\n%s", s, text)
		}
	}
	for _, s := range []string{"The river rose", "Engineers inspected", "Residents were asked"} {
		if !strings.Contains(text, s) {
			t.Errorf("body lacks %q:\n%s", s, text)
		}
	}
}

func TestLabelledBoxBesideArticle(t *testing.T) {
	// The scorer can take a box of teasers beside the article for its
	// text; the box's own label says what it is.
	var teasers strings.Builder
	for i := range 4 {
		teasers.WriteString(`<article class="postbox"><p>Teaser number ` + string(rune('A'+i)) + ` tells, at some length and with several commas, a story that is not this one, as teasers on listing pages do, and then it stops short of the end of that story…</p></article>`)
	}
	page := `<html><head><title>Only the article</title></head><body><div id="primary">
<article class="postbox"><h1>Only the article</h1><p>The article itself is one long paragraph, the page's only story, written plainly, with a few commas, and long enough to be read as a body by any scorer that counts text the way Readability does, which this one does.</p></article>
<article class="postbox"><h3>You might also like...</h3>` + teasers.String() + `</article>
</div></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/only-the-article")
	text := a.Text()
	if strings.Contains(text, "Teaser number") {
		t.Errorf("body holds the labelled box:\n%s", text)
	}
	if !strings.Contains(text, "The article itself") {
		t.Errorf("body lacks the article:\n%s", text)
	}
}

func TestMoreBoilerplateLines(t *testing.T) {
	checkLines(t, "isBoilerplateLine", isBoilerplateLine, []lineCase{
		{"Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", true},
		{"Abbildung 3: die obere Schicht im Querschnitt.", true},
		{"Fig. 2. The flood plain in 1950", true},
		{"Figure 1 shows the flood plain in 1950.", false},
		{"Keine Kommentare zum Hochwasser gab es vom Bürgermeister, der am Montag im Urlaub war und erst am Dienstag zurückkehrte.", false},
	})
	checkLines(t, "isCallToAction", isCallToAction, []lineCase{
		{"Don't miss a story: sign up to our newsletter now!", true},
		{"Puede escribirnos a redaccion@example.com o suscribirse aquí a nuestra newsletter.", true},
	})
	if !isPromoLabel("Schon gelesen?") {
		t.Error(`isPromoLabel("Schon gelesen?") = false`)
	}
}

func TestEmbeddedPostCard(t *testing.T) {
	page := `<html><head><title>Pilots</title></head><body><article><h1>Pilots</h1><div class="entry-content">
<p>The air force will train its new pilots in Bremen from next year, the company running the school said on Tuesday, after a contract was signed.</p>
<blockquote class="wp-embedded-content"><p><a href="https://www.example.com/other-story/">Another story about pilots in Italy</a></p></blockquote>
<p>About forty pilots a year will pass through the school, which flies six helicopters and runs two simulators in a hall near the airport.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/pilots/")
	if text := a.Text(); strings.Contains(text, "Another story") {
		t.Errorf("body holds the embedded post card:\n%s", text)
	}
}

func TestLabelLines(t *testing.T) {
	for _, text := range []string{"Von:", "By", "Photo d'illustration : des figurines, CC BY"} {
		if !isBoilerplateLine(text) && !isCreditLine(text) {
			t.Errorf("%q is kept as body text", text)
		}
	}
	if !isPromoLabel("Mehr aus Thüringen") {
		t.Error(`isPromoLabel("Mehr aus Thüringen") = false`)
	}
}

func TestDateLines(t *testing.T) {
	checkLines(t, "isDateLine", isDateLine, []lineCase{
		{"Veröffentlichung: 2. Februar 2022", true},
		{"Datum: 2. Februar 2022", true},
		{"2. Februar 2022", true},
		{"Updated 5:27 am, November 20, 2019", true},
		{"Posted on: March 4, 2024", true},
		{"Deadline: 3 May 2024", false},
		{"Anmeldeschluss: 12.04.2024", false},
	})
}

func TestSourceListKept(t *testing.T) {
	item := func(title, via string) string {
		return `<li><p><a href="https://www.example.org/` + via + `">` + title + `</a></p><p>via ` + via + `</p></li>`
	}
	page := `<html><head><title>Links of the day</title></head><body><article><h1>Links of the day</h1><div class="entry-content">
<p>What I read today, with a line on each, for whoever follows this blog and wants the sources behind the week's arguments.</p>
<ul class="linkroll">` + item("Press subsidies: a study doubts the state's support", "news.example") +
		item("A new law on platform data reaches parliament at last", "tech.example") +
		item("Why regional papers close faster in the east than in the west", "media.example") + `</ul>
<ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">About</a></li><li><a href="/c">Contact</a></li></ul>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/links")
	text := a.Text()
	if !strings.Contains(text, "Press subsidies") || !strings.Contains(text, "via tech.example") {
		t.Errorf("body lacks the list of sources:\n%s", text)
	}
	if strings.Contains(text, "About") {
		t.Errorf("body holds the menu:\n%s", text)
	}
}

func TestAsideBoxDropped(t *testing.T) {
	page := `<html><head><title>Hay</title></head><body><article><h1>Hay</h1><div class="article-body">
<p>Haylage is better than its reputation, the vets at the riding school say, as long as it is stored dry and fed within a few days of opening.</p>
<div class="inlineTextbox inlineTextboxwide"><p>Hay is the basis of every horse's diet. Read in our magazine what else belongs in the feed.</p></div>
<section class="editorial-disclosure"><p>This post contains references to products from our advertisers.</p></section>
<p>Horses with allergies to dust in particular profit from it, since haylage holds far fewer spores than hay stored for the winter in a barn.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/hay")
	text := a.Text()
	if strings.Contains(text, "Hay is the basis") || strings.Contains(text, "advertisers") {
		t.Errorf("body holds the text box or the disclosure:\n%s", text)
	}
	if !strings.Contains(text, "Horses with allergies") {
		t.Errorf("body lacks its last paragraph:\n%s", text)
	}
}

func TestButtonLinksDropped(t *testing.T) {
	page := `<html><head><title>Coaching</title></head><body><article><h1>Coaching</h1><div class="article-body">
<p>The coach started his business after ten years in a bank, and now trains founders in how to pitch, price and plan their first year of trading.</p>
<div class="wp-block-button"><a class="tcb-button-link" href="/signup">HIER KOSTENLOS ANMELDEN</a></div>
<p>His courses run over six weeks, with one evening session a week and a weekend at the end, and the first of them filled up within two days.</p>
<p>Read the <a class="inline" href="/interview">whole interview with the coach</a> in our magazine, out this week.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/coaching")
	text := a.Text()
	if strings.Contains(text, "ANMELDEN") {
		t.Errorf("body holds the button:\n%s", text)
	}
	if !strings.Contains(text, "whole interview with the coach") {
		t.Errorf("body lacks a plain link's text:\n%s", text)
	}
}

func TestRelatedCardAndLongFigureLabel(t *testing.T) {
	if !isFigureLabel("Abbildung 3: die obere Schicht im Querschnitt. Deutlich zu sehen ist, wie die Körnung nach unten feiner und die Struktur der Schicht dichter wird.") {
		t.Error("a long numbered figure caption is not read as one")
	}
	page := `<html><head><title>Haylage</title></head><body><article><h1>Haylage</h1><div class="article-body">
<p>Haylage is better than its reputation, the vets at the riding school say, as long as it is stored dry and fed within a few days of opening.</p>
<div><a class="relatedPost" href="/hay"><p>Feeding</p><h4>Hay: harvest it right, store it right</h4><p>Hay is the basis of good feeding. Many bales hold dust and moulds.</p></a></div>
<p>Horses with allergies to dust in particular profit from it, since haylage holds far fewer spores than hay stored for the winter in a barn.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/haylage")
	if text := a.Text(); strings.Contains(text, "harvest it right") || strings.Contains(text, "Many bales") {
		t.Errorf("body holds the related card:\n%s", text)
	}
}

func TestLinkInSentenceKept(t *testing.T) {
	page := `<html><head><title>Orchards</title></head><body><article><h1>Orchards</h1><div class="entry-content">
<p>The orchard was replanted last spring with help from <a class="tag" href="/tag/green-hands">the Green Hands group</a>, after the old trees were lost to canker over two wet winters.</p>
<p>Volunteers grafted forty saplings from the surviving rootstock, and the first blossom is expected in the spring after next, weather permitting.</p>
<p class="tags"><a class="tag" href="/tag/orchards">Orchards</a> <a class="tag" href="/tag/volunteers">Volunteers</a></p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/orchards")
	text := a.Text()
	if !strings.Contains(text, "help from the Green Hands group, after") {
		t.Errorf("the linked words left their sentence:\n%s", text)
	}
	if strings.Contains(text, "Volunteers\n") || strings.HasSuffix(text, "Volunteers") {
		t.Errorf("the row of tag links is in the body:\n%s", text)
	}
}

func TestLongPromoListIsOnePromo(t *testing.T) {
	page := `<html><head><title>Tides</title></head><body><article><h1>Tides</h1><div class="entry-content">
<p>The spring tides this week will be the highest of the year, and the harbour master has asked boat owners on the lower moorings to check their lines twice a day until Sunday.</p>
<p><strong>Read more:</strong><br><a href="https://one.example/a">Coast Weekly: Why the spring tides are higher in March than in any other month of the year</a><br><a href="https://two.example/b">Harbour Notes: A short history of the tide tables printed by the port authority since 1850</a><br><a href="https://three.example/c">The Sailing Post: What to do when your mooring line chafes through in a storm at night</a><br><a href="https://four.example/d">Tide Tables Monthly: How the moon and the sun pull the sea together twice a month</a></p>
<p>The lifeboat crew will hold an open day on the slipway on Saturday, weather permitting, with demonstrations at high water and tea in the boathouse afterwards.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/tides")
	if text := a.Text(); strings.Contains(text, "Coast Weekly") || strings.Contains(text, "Read more") {
		t.Errorf("body holds the list of promoted links:\n%s", text)
	}
	if len(a.Related) != 4 {
		t.Errorf("related links = %v, want the four promoted", a.Related)
	}
}

func TestBareLinksAreAPromo(t *testing.T) {
	page := `<html><head><title>Rails</title></head><body><article><h1>Rails</h1><div class="entry-content">
<p>The branch line reopens on Monday after eight months of work on the viaduct, and the first train will leave the junction at six in the morning.</p>
<a href="/news/viaduct-repairs">Viaduct repairs run two months late</a>
<a href="/news/timetable">New timetable for the valley lines</a>
<p>Tickets bought for the replacement buses will be valid on the trains until the end of the month, the operator said in a statement on Friday.</p>
<p>See the <a href="/map">map of the line</a> for the stations that reopen first.</p>
</div></article></body></html>`
	a := parseTestPage(t, page, "https://www.example.com/rails")
	text := a.Text()
	if strings.Contains(text, "Viaduct repairs") {
		t.Errorf("body holds the bare headlines:\n%s", text)
	}
	if !strings.Contains(text, "map of the line") {
		t.Errorf("body lacks a sentence with a link:\n%s", text)
	}
}

// lineCase is a line of text and whether a line check should accept it.
type lineCase struct {
	text string
	want bool
}

// checkLines runs the line check f, named name in messages, on each case.
func checkLines(t *testing.T, name string, f func(string) bool, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.text); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", name, c.text, got, c.want)
		}
	}
}
