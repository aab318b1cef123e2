package article

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// maxFuzzSeed bounds a seed of FuzzParse. The fuzzer mutates and re-runs
// its seeds all the time, and minimizes what fails: a seed of a few KB
// keeps it at thousands of runs a second, where the 10 to 30 KB fixture
// pages kept it near none. Real-sized pages belong in the unit tests and
// benchmarks.
const maxFuzzSeed = 4 << 10

// FuzzParse checks, on any input and page address, that Parse does not
// panic; that it fails only with one of its documented errors and then
// returns no article; that what it returns keeps the promises checkSafe
// checks (every URL absolute http or https, every text valid UTF-8 and
// free of markup the page does not show); and that parsing the same input
// twice gives the same article.
//
// The seeds are small pages written for it (see fuzzSeeds), each under
// maxFuzzSeed bytes, and a few page addresses that broke it once.
func FuzzParse(f *testing.F) {
	for _, pg := range fuzzSeeds() {
		if len(pg.src) > maxFuzzSeed {
			f.Fatalf("seed %s is %d bytes; keep seeds under %d", pg.name, len(pg.src), maxFuzzSeed)
		}
		f.Add(pg.src, robustPageURL)
	}
	f.Add([]byte(hostileURLPage), "")
	f.Add([]byte(samplePage), "")
	f.Add([]byte(samplePage), "javascript:alert(1)")
	f.Add([]byte(samplePage), "//www.example.com/no-scheme")
	f.Add([]byte(`<a href="x">x</a>`), "http://[::1]:namedport")
	f.Add([]byte(`<link rel="canonical" href="//::/">`), "")
	f.Add([]byte(`<title>No canonical link</title><p>Text.`), "https:/le.c/www.example.com/news/2024/05/rivers.html")

	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := Parse(bytes.NewReader(page), pageURL)
		if err != nil {
			if a != nil {
				t.Errorf("Parse returned an article along with the error %v", err)
			}
			if !isParseError(err) {
				t.Errorf("Parse returned an undocumented error: %v", err)
			}
			return
		}
		if a == nil {
			t.Fatal("Parse returned neither an article nor an error")
		}
		checkSafeFor(t, a, page)

		again, err := Parse(bytes.NewReader(page), pageURL)
		if err != nil {
			t.Fatalf("the second parse failed: %v", err)
		}
		if diff := cmp.Diff(a, again); diff != "" {
			t.Errorf("the second parse differs (-first +second):\n%s", diff)
		}
	})
}

// isParseError reports whether err is one Parse documents for input read
// from memory.
func isParseError(err error) bool {
	for _, e := range []error{ErrEmpty, ErrNotHTML, ErrTooLarge, ErrMalformed} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// fuzzSeeds are FuzzParse's seeds: small pages that between them hold
// what Parse reads (meta tags, JSON-LD, microdata, hAtom, bylines,
// figures with captions and credits, lists, tables, code, promos, related
// boxes, a noscript copy, legacy charsets) and what tries to break it
// (markup shown as text, invisible characters, invalid UTF-8, hostile
// URLs, deep and unclosed nesting, control bytes, many links).
func fuzzSeeds() []namedPage {
	cyrillic, _ := charmap.Windows1251.NewEncoder().String(`<html><head><meta charset="windows-1251"><title>Новый мост через реку</title></head><body><article><h1>Новый мост через реку</h1><p class="byline">Автор: Анна Петрова</p><p>Городской совет утвердил строительство нового моста через реку, работы начнутся весной и продлятся три года.</p><p>Опубликовано 14 мая 2024 г.</p></article></body></html>`)
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(`<html><head><title>Ein Fluss steigt</title></head><body><article><h1>Ein Fluss steigt</h1><p>Der Fluss stieg am Dienstag auf den höchsten Stand seit zehn Jahren, wie die Behörden mitteilten.</p></article></body></html>`)
	return []namedPage{
		{"sample page", []byte(samplePage)},
		{"hostile URLs page", []byte(hostileURLPage)},
		{"hAtom blog post", []byte(hAtomSeed)},
		{"JSON-LD graph", []byte(jsonLDSeed)},
		{"microdata story", []byte(microdataSeed)},
		{"wire story", []byte(wireSeed)},
		{"noscript copy", []byte(noscriptSeed)},
		{"markup shown as text", []byte(tutorialSeed)},
		{"invalid bytes in tags", []byte(markupTrapPage("<\xa5script>alert(1)<\xa5/script>"))},
		{"zero-width space after <", []byte(markupTrapPage("&lt;&#8203;img src=x onerror=alert(1)&gt;"))},
		{"windows-1251", []byte(cyrillic)},
		{"latin-1 undeclared", []byte("<title>Caf\xe9 owners count the cost</title><p>Owners of caf\xe9s along the river say the floods cost them a month of trade.</p>")},
		{"UTF-16", []byte(utf16)},
		{"deep divs", deepPage("div", 100)},
		{"unclosed tags", []byte(unclosedPage)},
		{"NUL bytes", nulPage()},
		{"invalid UTF-8", []byte(invalidUTF8Page)},
		{"giant attribute", giantAttributePage(400)},
		{"many links", manyLinksPage(80)},
		{"PDF header", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")},
	}
}

// hAtomSeed is a blog post in a WordPress theme's stock markup.
const hAtomSeed = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Planting a winter garden &#8211; Green Thumbs</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-02T09:15:00+00:00">
<meta property="article:tag" content="Gardening"><link rel="canonical" href="https://www.example.org/2023/11/02/winter-garden/">
</head><body class="post-template-default single">
<article class="post hentry"><header class="entry-header"><h1 class="entry-title">Planting a winter garden</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" rel="author" href="/author/mara-vale/">Mara Vale</a></span></span>
<time class="entry-date published" datetime="2023-11-02T09:15:00+00:00">November 2, 2023</time>
<time class="updated" datetime="2023-11-03T10:00:00+00:00">November 3, 2023</time></div></header>
<div class="entry-content">
<p>Cold months need not leave a garden bare. With a little planning, beds can hold colour and food from November until the first warm days of spring.</p>
<figure class="wp-block-image"><img src="/wp-content/uploads/2023/11/kale-800x600.jpg" srcset="/wp-content/uploads/2023/11/kale-400x300.jpg 400w, /wp-content/uploads/2023/11/kale-800x600.jpg 800w" alt="Kale under frost" width="800" height="600"><figcaption>Kale sweetens after the first frost. Photo: Mara Vale</figcaption></figure>
<h2>What to plant</h2>
<ol><li>Kale and chard</li><li>Winter lettuce</li><li>Garlic, for next summer</li></ol>
<blockquote><p>Frost is a gardener's friend for brassicas.</p></blockquote>
<h3>Protecting beds</h3>
<p>A layer of straw or fleece keeps roots from freezing. <strong>Read more:</strong> <a href="/2023/10/12/mulch/">How to mulch without weeds</a></p>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/winter/" rel="tag">winter</a>, <a href="/tag/vegetables/" rel="tag">vegetables</a></span></footer>
</article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2023/09/01/bulbs/">Bulbs to plant in autumn</a></div>
<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2023/08/15/compost/">Compost in small spaces</a></div></div>
<div class="comments-area"><h2 class="comments-title">2 comments</h2><p>Great tips, thanks!</p></div>
</body></html>`

// jsonLDSeed keeps its metadata in a JSON-LD @graph with @id references,
// and its whole text in articleBody, with little on the page itself.
const jsonLDSeed = `<!DOCTYPE html><html><head><title>Harbour reopens after repairs</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","@id":"#article","headline":"Harbour reopens after &lt;b&gt;repairs&lt;/b&gt;","description":"<p>Boats return to the old harbour.</p>",
"datePublished":"2024-03-08T07:30:00+01:00","dateModified":"2024-03-08T12:00:00+01:00","inLanguage":"en-GB",
"author":[{"@id":"#lena"},{"@type":"Organization","name":"Reuters"}],"publisher":{"@id":"#org"},
"image":{"@type":"ImageObject","url":"https://cdn.example.net/harbour.jpg","caption":"Boats in the harbour","width":1600,"height":900},
"keywords":"harbour, boats, repairs","articleSection":"Local",
"articleBody":"The old harbour reopened on Friday after two years of repairs to its sea wall, which storms had breached in the winter before last.\n\nFishing boats that had moored further down the coast came back in the morning, and the harbour master said all forty berths were taken by noon.\n\nThe repairs cost more than planned because the contractors found the foundations of the wall in worse condition than surveys had shown.\n\nLocal businesses said they hoped the reopening would bring visitors back for the summer season, after two quiet years."},
{"@type":"Person","@id":"#lena","name":"Lena Hart","url":"/staff/lena-hart","jobTitle":"Reporter"},
{"@type":"NewsMediaOrganization","@id":"#org","name":"The Example Post","logo":{"@type":"ImageObject","url":"/logo.png"}}]}</script>
</head><body><div id="app"><h1>Harbour reopens after repairs</h1><p>Loading…</p></div></body></html>`

// microdataSeed marks its story up with schema.org microdata, a lazy lead
// image with its caption and credit apart, and a related box.
const microdataSeed = `<!DOCTYPE html><html lang="en"><head><title>Bike lanes to link three neighbourhoods</title></head><body>
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Bike lanes to link three neighbourhoods</h1>
<div class="story__byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/staff/noor-ali/" itemprop="url"><span itemprop="name">Noor Ali</span></a></span> and <span itemprop="author">Tom Reyes</span></div>
<time datetime="2021-12-02T07:15:00-08:00" itemprop="datePublished">7:15 a.m. PT Dec. 2, 2021</time>
<div class="story__lead-media"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/bikelane.jpg?width=1320&amp;height=743" alt="A cyclist in a protected lane" width="1320" height="743" itemprop="image">
<p class="caption">A cyclist rides the protected lane on Fremont Avenue.</p><p class="credit">Marcus Lind/Example Post</p></div>
<div itemprop="articleBody"><p>The city will build protected bike lanes linking downtown with three neighbourhoods by 2023, the transport department said on Thursday.</p>
<p>The plan adds twelve miles of lanes separated from traffic by curbs, and new signals at nine junctions.</p>
<table><tr><th>Route</th><th>Miles</th></tr><tr><td>Fremont</td><td>4.1</td></tr><tr><td>Lakeview</td><td>3.2</td></tr></table>
<p>Work starts in March. <em>Noor Ali can be reached at noor@example.com.</em></p></div>
</article>
<aside class="related-articles"><h2>More in Transportation</h2><ul>
<li><a href="/local/2021/11/30/bus-routes/">New bus routes start next month</a></li><li><a href="/local/2021/11/28/parking/">Downtown parking rates to rise</a></li></ul></aside>
</body></html>`

// wireSeed is a wire story: a dateline, an agency byline, a standfirst, an
// in-body promo, a subheading in capitals and a code block.
const wireSeed = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Markets rally as rates hold - Example Wire</title>
<meta name="description" content="Stocks rose for a third day."><meta name="author" content="Jo Banks, AP">
<meta property="og:image" content="https://img.example.com/markets.jpg"><meta property="og:image:alt" content="Traders at work">
</head><body><main><article>
<h1>Markets rally as rates hold</h1>
<p class="standfirst">Stocks rose for a third day after the central bank left rates where they were.</p>
<div class="byline">By JO BANKS and LEE CHEN Associated Press</div>
<div class="date">Published: 9 March 2024, 14:05 GMT | Updated: 9 March 2024, 16:30 GMT</div>
<p>NEW YORK (AP) — Stocks rose on Friday for a third day in a row after the central bank said it would keep interest rates unchanged for now.</p>
<p>RELATED: <a href="/2024/03/08/rates-decision/">What the rate decision means for mortgages</a></p>
<p><b>WHAT COMES NEXT</b></p>
<p>Analysts expect the bank to cut rates later in the year if prices keep cooling, though officials gave no timetable.</p>
<pre>INDEX    CLOSE   CHANGE
Main     4,512   +0.8%</pre>
<ul><li>Bonds: yields fell</li><li>Oil: little changed</li></ul>
<p>Copyright 2024 The Associated Press. All rights reserved.</p>
</article></main>
<section class="most-read"><h2>Most read</h2><ol><li><a href="/2024/03/09/a/">First popular story</a></li><li><a href="/2024/03/09/b/">Second popular story</a></li></ol></section>
</body></html>`

// noscriptSeed writes its post with a script and keeps a copy for readers
// without script in a noscript element.
var noscriptSeed = `<!DOCTYPE html><html><head><title>A walk along the old canal</title></head><body>
<div id="root"></div><script>document.getElementById("root").innerHTML = window.post;</script>
<noscript><article><h1>A walk along the old canal</h1>` +
	strings.Repeat(`<p>The towpath runs for six miles past locks, lock-keepers' cottages and the old mill, and makes an easy walk on a dry afternoon.</p>`, 9) +
	`<p>Quoted as text: &lt;div&gt; stays text.</p></article></noscript></body></html>`

// tutorialSeed is a page about HTML: it shows markup as text, in prose
// and in code, with invisible characters here and there.
const tutorialSeed = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>How to use the &lt;details&gt; element</title>
<meta name="description" content="A guide to &amp;lt;details&amp;gt; and &lt;summary&gt;."></head><body><article>
<h1>How to use the &lt;details&gt; element</h1><p class="byline">By Ada&#8203; Quill</p>
<p>The &lt;details&gt; element makes a disclosure widget. Put a &lt;summary&gt; first; the rest shows when it opens. Write &lt;/details&gt; to close it.</p>
<pre><code>&lt;details&gt;
  &lt;summary&gt;More&lt;/summary&gt;
  &lt;p&gt;Hidden text&lt;/p&gt;
&lt;/details&gt;</code></pre>
<p>Soft hyphens split long words: disclo&shy;sure, wid&shy;get. A zero-width space after a less-than sign: &lt;&#8203;p&gt; is not a tag, nor is java&#8203;script: a scheme.</p>
<p>Comparisons are text too: 3 &lt; 4 and 5 &gt; 2, and so is a lone &lt;.</p>
<figure><img src="/img/widget.png" alt="The &lt;details&gt; widget, open"><figcaption>The widget, open. &lt;summary&gt; is in bold.</figcaption></figure>
</article></body></html>`

// FuzzParseTextDate checks parseTextDate in two ways. Any date it reads
// is a valid calendar date in 1990..2100, whose year and day are written
// in the text (as digits: a year is never guessed, and a day never taken
// from a month's name), with a zone offset under a day. And a date built
// from the fuzzer's numbers and written in one of the layouts the function
// documents, inside a sentence, reads back as that date.
func FuzzParseTextDate(f *testing.F) {
	for i, s := range []string{
		"", "September 30, 2023", "Saturday 30 September 2023 10.05 BST",
		"30 de septiembre de 2023 - 10:05 CEST", "le 1er octobre 2023 à 10h05",
		"30 сентября 2023 г., 10:05 MSK", "2023. szeptember 30.", "30.09.2023",
		"09/30/2023", "Sept. 30, 2023 at 8:03 p.m. EDT", "2023-09-30T14:05:00+03:00",
		"Version 2.0.3", "10.30.09.2023", "1 d'octubre de 2023", "30 Sep 2023 (10:05 GMT+3",
	} {
		f.Add(s, uint32(i*7919), uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, day uint32, layout uint8) {
		if d, ok := parseTextDate(s); ok {
			got := d.Time
			checkDateRead(t, s, got, ok)
			if !strings.Contains(s, fmt.Sprint(got.Year())) {
				t.Errorf("parseTextDate(%q) = %v: the year is not written in the text", s, got)
			}
			if d := got.Day(); !strings.Contains(s, fmt.Sprint(d)) {
				t.Errorf("parseTextDate(%q) = %v: the day is not written in the text", s, got)
			}
		}

		want := fuzzDay(day)
		text := textDateLayouts[int(layout)%len(textDateLayouts)](want)
		for _, line := range []string{text, "Published " + text, "By Jane Doe | " + text + " | 3 min read"} {
			got, ok := parseTextDate(line)
			if !ok || !got.Time.Equal(want) || got.Precision != Day {
				t.Errorf("parseTextDate(%q) = %v, %v; want the day %v", line, got, ok, want)
			}
		}
	})
}

// textDateLayouts write a day at midnight UTC as pages write dates, in
// layouts parseTextDate documents.
var textDateLayouts = []func(time.Time) string{
	func(d time.Time) string { return d.Format("2 January 2006") },
	func(d time.Time) string { return d.Format("January 2, 2006") },
	func(d time.Time) string { return d.Format("Monday 2 Jan 2006") },
	func(d time.Time) string { return d.Format("Jan. 2 2006") },
	func(d time.Time) string { return strings.ToUpper(d.Format("2 January 2006")) },
	func(d time.Time) string { return d.Format("02.01.2006") },
	func(d time.Time) string { return d.Format("2.1.2006") },
	func(d time.Time) string { return d.Format("2006-01-02") },
	func(d time.Time) string { return d.Format("02/01/2006") },
	func(d time.Time) string {
		// Day and month both over 12 cannot be day-first.
		if d.Day() <= 12 {
			return d.Format("2 January 2006")
		}
		return d.Format("01/02/2006")
	},
	func(d time.Time) string {
		return fmt.Sprintf("%d de %s de %d", d.Day(), spanishMonths[d.Month()-1], d.Year())
	},
	func(d time.Time) string {
		return fmt.Sprintf("%d. %s %d", d.Day(), germanMonths[d.Month()-1], d.Year())
	},
	func(d time.Time) string {
		return fmt.Sprintf("%d. %s %d.", d.Year(), hungarianMonths[d.Month()-1], d.Day())
	},
}

var (
	spanishMonths   = strings.Fields("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
	germanMonths    = strings.Fields("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
	hungarianMonths = strings.Fields("január február március április május június július augusztus szeptember október november december")
)

// fuzzDay maps n to a day at midnight UTC between 1990 and 2100.
func fuzzDay(n uint32) time.Time {
	start := time.Date(dateMinYear, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(dateMaxYear, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	return start.AddDate(0, 0, int(n%uint32(days+1)))
}

// checkDateRead checks what holds for every date the date readers return:
// a valid calendar date in 1990..2100 with a zone offset of less than a
// day, in time.UTC itself when the offset is zero.
func checkDateRead(t *testing.T, in string, got time.Time, ok bool) {
	t.Helper()
	if !ok {
		return
	}
	if !validDate(got.Year(), int(got.Month()), got.Day()) {
		t.Errorf("%q: read as %v, outside 1990..2100", in, got)
	}
	name, off := got.Zone()
	if off <= -24*3600 || off >= 24*3600 {
		t.Errorf("%q: read as %v, with an offset of a day or more", in, got)
	}
	if off == 0 && got.Location() != time.UTC {
		t.Errorf("%q: read as %v, zero offset in zone %q instead of time.UTC", in, got, name)
	}
}

// FuzzParseDateTime checks parseDateTime against the standard library.
// Any timestamp it reads keeps checkDateRead's rules. Any RFC 3339 string
// (as time.Parse reads it, in the standard's shape) with a year in
// 1990..2100 and an offset zones use, up to 14 hours, it reads too, as the
// same instant with the same offset. And an instant built from the
// fuzzer's numbers, written in a layout it documents, reads back as that
// instant, to the precision of the layout.
func FuzzParseDateTime(f *testing.F) {
	for i, s := range []string{
		"2023-09-30T14:05:00+03:00", "2023-09-30T10:00:00.123456789123Z", "2023/09/30",
		"Sat, 30 Sep 2023 10:00:00 GMT", "1696068000", "1696068000123", "20230930",
		"2023-09-30 10:00:00 GMT+03:00", "Sat Sep 30 2023 10:00:00 GMT+0300 (MSK)",
	} {
		f.Add(s, int64(i)*1_000_003_777, int16(i*45), uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, sec int64, offMin int16, layout uint8) {
		d, ok := parseDateTime(s)
		got := d.Time
		checkDateRead(t, s, got, ok)
		ref, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(s))
		_, refOff := ref.Zone()
		if err == nil && rfc3339.MatchString(strings.TrimSpace(s)) && plausibleYear(ref.Year()) && len(strings.TrimSpace(s)) <= 80 &&
			refOff >= -14*3600 && refOff <= 14*3600 {
			if _, off := got.Zone(); !ok || !got.Equal(ref) || off != refOff {
				t.Errorf("parseDateTime(%q) = %v, %v; time.Parse reads %v", s, got, ok, ref)
			}
		}

		// An instant from 1995 to 2100, whole seconds, in a zone as zones
		// are: UTC, or one to 14 hours from it on a quarter hour. (An
		// offset under an hour, "+0015", which no zone has, is read as
		// a zone name by time.Parse's RFC 1123 layout and lost.)
		lo := time.Date(dateMinEpochYear, 1, 2, 0, 0, 0, 0, time.UTC).Unix()
		hi := time.Date(dateMaxYear, 12, 30, 0, 0, 0, 0, time.UTC).Unix()
		unix := lo + int64(uint64(sec)%uint64(hi-lo))
		quarters := int(offMin) % (14 * 4)
		if quarters > -4 && quarters < 4 {
			quarters = 0
		}
		zone := fixedDateZone(quarters * 15 * 60)
		want := time.Unix(unix, 0).In(zone)
		l := dateTimeLayouts[int(layout)%len(dateTimeLayouts)]
		if l.unix && want.Unix() < 1e9 {
			l = dateTimeLayouts[0]
		}
		text := l.format(want)
		d, ok = parseDateTime(text)
		wantPrecision := Instant
		if l.precision > 0 {
			want = want.Truncate(l.precision)
			if l.utcDay {
				want = time.Date(want.Year(), want.Month(), want.Day(), 0, 0, 0, 0, time.UTC)
				wantPrecision = Day
			}
		}
		if !ok || !d.Time.Equal(want) || d.Precision != wantPrecision {
			t.Errorf("parseDateTime(%q) = %v (%v), %v; want %v (%v)", text, d, d.Precision, ok, want, wantPrecision)
		}
	})
}

// rfc3339 is the shape of an RFC 3339 timestamp; time.Parse also takes a
// one-digit hour and an offset of 60 minutes or more, which the standard
// does not.
var rfc3339 = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:[0-5]\d)$`)

// dateTimeLayouts write an instant in layouts parseDateTime documents. A
// layout with a precision keeps only so much of the instant; utcDay says
// it writes the date alone, which reads as that day's midnight in UTC.
var dateTimeLayouts = []struct {
	format    func(time.Time) string
	precision time.Duration
	utcDay    bool
	unix      bool // Unix time, read only as 10 or 13 digits: from 2001-09-09
}{
	{format: func(d time.Time) string { return d.Format(time.RFC3339) }},
	{format: func(d time.Time) string { return d.Format(time.RFC3339Nano) }},
	{format: func(d time.Time) string { return d.Format("2006-01-02T15:04:05-0700") }},
	{format: func(d time.Time) string { return d.Format("2006-01-02 15:04:05Z07:00") }},
	{format: func(d time.Time) string { return d.Format("2006-01-02T15:04Z07:00") }, precision: time.Minute},
	{format: func(d time.Time) string { return d.UTC().Format(time.RFC1123) }},
	{format: func(d time.Time) string { return d.Format(time.RFC1123Z) }},
	{format: func(d time.Time) string { return fmt.Sprint(d.Unix()) }, unix: true},
	{format: func(d time.Time) string { return fmt.Sprint(d.UnixMilli()) }, unix: true},
	{format: func(d time.Time) string { return d.Format("2006-01-02") }, precision: time.Nanosecond, utcDay: true},
	{format: func(d time.Time) string { return d.Format("2006/01/02") }, precision: time.Nanosecond, utcDay: true},
	{format: func(d time.Time) string { return d.Format("20060102") }, precision: time.Nanosecond, utcDay: true},
}

// FuzzDateFromURL checks dateFromURL. Any date it reads is midnight UTC of
// a valid day in 1990..2100 whose year is written in the URL's path. And a
// day built from the fuzzer's number, put in a URL in one of the forms it
// documents, with a slug from the fuzzer's letters, reads back as that day.
func FuzzDateFromURL(f *testing.F) {
	for i, s := range []string{"https://example.com/2023/09/30/x", "/2023/sep/30/", "/20230930-x", "/2023-9-30"} {
		f.Add(s, uint32(i*104729), uint8(i), "river-rises")
	}
	f.Fuzz(func(t *testing.T, s string, day uint32, form uint8, slug string) {
		if d, ok := dateFromURL(s); ok {
			got := d.Time
			checkDateRead(t, s, got, ok)
			if d.Precision != Day {
				t.Errorf("dateFromURL(%q) = %v with precision %v, want a day", s, d, d.Precision)
			}
			if got.Location() != time.UTC || got.Hour()+got.Minute()+got.Second()+got.Nanosecond() != 0 {
				t.Errorf("dateFromURL(%q) = %v, not midnight UTC", s, got)
			}
			if !strings.Contains(s, fmt.Sprint(got.Year())) {
				t.Errorf("dateFromURL(%q) = %v: the year is not in the URL", s, got)
			}
		}

		want := fuzzDay(day)
		slug = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r == '-' {
				return r
			}
			return -1
		}, strings.ToLower(slug))
		if _, named := monthNamed(slug); named || slug == "" {
			slug = "story"
		}
		path := urlDateForms[int(form)%len(urlDateForms)](want, slug)
		u := "https://www.example.com/news/" + path
		got, ok := dateFromURL(u)
		if !ok || !got.Time.Equal(want) || got.Precision != Day {
			t.Errorf("dateFromURL(%q) = %v, %v; want %v", u, got, ok, want)
		}
	})
}

// urlDateForms put a day in a URL path the ways dateFromURL documents,
// with slug after it.
var urlDateForms = []func(d time.Time, slug string) string{
	func(d time.Time, slug string) string { return d.Format("2006/01/02/") + slug },
	func(d time.Time, slug string) string { return d.Format("2006/1/2/") + slug + ".html" },
	func(d time.Time, slug string) string {
		return fmt.Sprintf("%d/%s/%02d/%s", d.Year(), strings.ToLower(d.Format("Jan")), d.Day(), slug)
	},
	func(d time.Time, slug string) string { return d.Format("2006-01-02/") + slug },
	func(d time.Time, slug string) string { return d.Format("20060102/") + slug },
	func(d time.Time, slug string) string { return d.Format("2006-01-02-") + slug },
	func(d time.Time, slug string) string { return d.Format("20060102-") + slug },
	func(d time.Time, slug string) string {
		return "section/" + d.Format("2006-1-2") + "-" + slug + "?page=2"
	},
}
