package article

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedKeys are the meta tags that carry the publication time, most
// trusted first: Open Graph's article:published_time, schema.org's
// datePublished as a meta itemprop, the names CMSes and analytics tags
// print (publishdate, pubdate, Sailthru's sailthru.date, Parse.ly's
// parsely-pub-date, Cxense's cxenseparse:recs:publishtime), Dublin Core
// (dc.date.issued, dcterms.issued, dc.date, dcterms.created), the
// Highwire Press tags scholarly publishers use (citation_publication_date)
// and IPTC's rNews (rnews:datepublished). Each is also among the meta
// names htmldate reads for the publication date.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"published_time", "publishdate", "publish-date", "publish_date", "pubdate", "date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "article_date_original",
	"cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "og:pubdate",
	"citation_publication_date", "citation_date", "datecreated", "release_date",
	"rnews:datepublished",
}

// modifiedKeys carry the time of the last update.
var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "datemodified", "last-modified",
	"dcterms.modified", "dc.date.modified", "article.updated", "lastmod", "revised",
}

// findDates reads the publication and update times. Sources in order of
// trust: JSON-LD datePublished, meta tags and microdata, JSON-LD
// dateCreated, <time> elements near the headline, date lines written out
// in text, the URL's path, and last the earliest date on a short line of
// the page's text or in its inline scripts. A timestamp stated in UTC is
// moved to the page's own zone when the page shows it (see localize).
// Each date keeps the precision its source states.
func (s *state) findDates() (published, modified Date) {
	if s.ld != nil {
		published, _ = parseDateTime(s.ld.datePublished)
		modified, _ = parseDateTime(s.ld.dateModified)
	}
	if published.IsZero() {
		published = s.metaDate(publishedKeys, "datePublished", "dateCreated")
	}
	if published.IsZero() && s.ld != nil {
		published, _ = parseDateTime(s.ld.dateCreated)
	}
	if modified.IsZero() {
		modified = s.metaDate(modifiedKeys, "dateModified")
	}
	machine := !published.IsZero()
	if published.IsZero() {
		published = s.timeElementDate()
	}
	if published.IsZero() {
		published = s.textDate()
	}
	if published.IsZero() && s.base != nil {
		published, _ = dateFromURL(s.base.String())
	}
	if published.IsZero() && s.art.URL != "" {
		published, _ = dateFromURL(s.art.URL)
	}
	if published.IsZero() {
		published = s.pageTextDate()
	}
	if published.IsZero() {
		published = s.scriptDate()
	}
	if machine {
		shown := s.visibleDate()
		published = s.localize(published, shown)
		// A bare date in the metadata is often a template's default or
		// the draft's; the day the page shows beside its headline wins,
		// unless it comes after the last update.
		// So is a generic document date, when the shown day cannot be
		// a misread of day and month ("04/11/2023").
		generic := shown.Time.Day() > 12 && s.onlyGenericDate()
		if (bareDate(published) || generic) && !shown.IsZero() && !sameDay(shown, published) &&
			(modified.IsZero() || !shown.Time.After(modified.Time.Add(24*time.Hour))) {
			published = shown
		}
	}
	// An update stamped before the publication is the draft's last save
	// before a scheduled release, not an update.
	if !modified.IsZero() && modified.Time.Before(published.Time) {
		modified = Date{}
	}
	return settled(published), settled(modified)
}

// genericDateKeys are meta tags that date the document, not its
// publication: CMSes fill them with the time the page was generated or
// the record created.
var genericDateKeys = []string{"date", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created"}

// onlyGenericDate reports whether the page states its publication time in
// no JSON-LD and no meta tag but those of genericDateKeys.
func (s *state) onlyGenericDate() bool {
	if s.ld != nil && (s.ld.datePublished != "" || s.ld.dateCreated != "") {
		return false
	}
	if !s.metaTagDate(publishedKeys, false).IsZero() {
		return false
	}
	for _, n := range s.meta.itemprops {
		if ip := attr(n, "itemprop"); ip == "datePublished" || ip == "dateCreated" {
			return false
		}
	}
	return true
}

// maxZoneOffset is the largest UTC offset any zone of the tz database
// uses (Kiribati's +14:00); localize accepts none beyond it.
const maxZoneOffset = 14 * time.Hour

// zoneOffsetInUse reports whether off is an offset some zone of the tz
// database uses: a whole hour from -12:00 to +14:00, or one of the
// half and three-quarter hours of India, Iran, Afghanistan, Myanmar,
// Nepal, Newfoundland, the Marquesas and parts of Australia and New
// Zealand. An offset read from a displayed clock against a UTC stamp
// that is none of these means the two name different moments.
func zoneOffsetInUse(off time.Duration) bool {
	if off%time.Hour == 0 {
		return off >= -12*time.Hour && off <= maxZoneOffset
	}
	switch off {
	case -(9*time.Hour + 30*time.Minute), -(3*time.Hour + 30*time.Minute),
		3*time.Hour + 30*time.Minute, 4*time.Hour + 30*time.Minute, 5*time.Hour + 30*time.Minute,
		5*time.Hour + 45*time.Minute, 6*time.Hour + 30*time.Minute, 8*time.Hour + 45*time.Minute,
		9*time.Hour + 30*time.Minute, 10*time.Hour + 30*time.Minute, 12*time.Hour + 45*time.Minute,
		13*time.Hour + 45*time.Minute:
		return true
	}
	return false
}

// localize moves a machine timestamp to the page's own zone. CMSes store
// UTC and print local time, so near midnight the UTC day is not the day
// the page shows. The zone is taken from another timestamp of the page
// stating the same instant with an offset, else from the date and clock
// the page displays near the headline, v (zero when none). When the page
// displays a zoned time that one of its meta timestamps agrees with, that
// instant wins over a disagreeing t: templates that print a UTC clock
// under a local offset exist.
//
// A stamp without a zone is read as UTC here, as CMSes store it. It comes
// out an Instant when another stamp or a displayed zoned time states the
// same moment, and keeps its precision otherwise: a Local stamp moved to
// the zone that a displayed zone-less clock implies is still only the
// wall clock the page shows (see settled).
func (s *state) localize(d, v Date) Date {
	t := d.Time
	_, voff := v.Time.Zone()
	hasClock := !v.IsZero() && (v.Time.Hour() != 0 || v.Time.Minute() != 0)
	if hasClock && voff != 0 && !v.Time.Equal(t) {
		if m, ok := s.metaInstant(v.Time); ok {
			return Date{Time: m.In(v.Time.Location()), Precision: Instant}
		}
	}
	if _, off := t.Zone(); off != 0 {
		return d
	}
	if z, ok := s.zoneOfInstant(t); ok {
		return Date{Time: t.In(z), Precision: Instant}
	}
	if !hasClock {
		// A displayed day without a clock is the day in the page's own
		// zone. When it is the day before or after the UTC day of a
		// stamp stated in UTC, the page prints its zone's day (WordPress
		// themes print the_date in the site's zone while
		// article:published_time and JSON-LD state UTC; a CMS storing a
		// bare day as its local midnight writes 10 March in Central
		// Europe as 2023-03-09T23:00Z): the stamp moves to the whole-hour
		// offset nearest UTC that puts it on the shown day. The instant
		// is kept; only the zone is inferred. Otherwise the metadata's
		// own day stands.
		if d.Precision == Instant {
			if z, ok := zoneOntoDay(t, v.Time); ok {
				return Date{Time: t.In(z), Precision: Instant}
			}
		}
		return d
	}
	if voff != 0 {
		if dt := v.Time.Sub(t); dt > -time.Minute && dt < time.Minute {
			return Date{Time: t.In(v.Time.Location()), Precision: Instant}
		}
		return d
	}
	// A day alone in the metadata is no instant: the page's clock on
	// that day is the time of publication, in a zone the page leaves
	// unsaid.
	if d.Precision == Day && sameDay(v, d) {
		return v
	}
	// The displayed wall clock read as UTC, against the instant.
	vy, vm, vd := v.Time.Date()
	wall := time.Date(vy, vm, vd, v.Time.Hour(), v.Time.Minute(), 0, 0, time.UTC)
	off := wall.Sub(t.Truncate(time.Minute)).Round(15 * time.Minute)
	if off != 0 && zoneOffsetInUse(off) {
		return Date{Time: t.In(time.FixedZone("", int(off.Seconds()))), Precision: d.Precision}
	}
	return d
}

// settled returns d as a Date holds its precision: an Instant as it is, a
// Local time as its wall clock in time.UTC, a Day as midnight UTC of the
// day it falls on. While the dates are compared, a Local or Day value that
// localize moved keeps the zone it was moved to.
func settled(d Date) Date {
	t := d.Time
	switch d.Precision {
	case Local:
		y, m, dd := t.Date()
		hh, mm, ss := t.Clock()
		t = time.Date(y, m, dd, hh, mm, ss, t.Nanosecond(), time.UTC)
	case Day:
		y, m, dd := t.Date()
		t = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	return Date{Time: t, Precision: d.Precision}
}

// metaInstant returns the page's meta publication timestamp of the same
// instant as v, to the minute.
func (s *state) metaInstant(v time.Time) (time.Time, bool) {
	for _, k := range publishedKeys {
		for _, val := range s.meta.all(k) {
			if m, ok := parseDateTime(val); ok {
				if d := m.Time.Sub(v); d > -time.Minute && d < time.Minute {
					return m.Time, true
				}
			}
		}
	}
	return time.Time{}, false
}

// zoneOfInstant looks through the page's meta tags and <time> elements
// for a timestamp of the same instant as t stated with a non-zero offset,
// and returns that offset's zone.
func (s *state) zoneOfInstant(t time.Time) (*time.Location, bool) {
	try := func(v string) (*time.Location, bool) {
		d, ok := parseDateTime(v)
		if !ok {
			return nil, false
		}
		if u := d.Time; u.Equal(t) {
			if _, off := u.Zone(); off != 0 {
				return u.Location(), true
			}
		}
		return nil, false
	}
	for _, keys := range [...][]string{publishedKeys, modifiedKeys} {
		for _, k := range keys {
			for _, v := range s.meta.all(k) {
				if z, ok := try(v); ok {
					return z, true
				}
			}
		}
	}
	for _, n := range s.meta.times {
		if z, ok := try(attr(n, "datetime")); ok {
			return z, true
		}
	}
	return nil, false
}

// visibleDate is the first date the page displays near its headline: the
// text of a <time> element, or a written date line (see textDate).
func (s *state) visibleDate() Date {
	for _, n := range s.meta.times {
		if s.notArticleDate(n) {
			continue
		}
		if t, ok := parseTextDate(s.shortText(n, dateLineLimit)); ok {
			return withClockBeside(n, t)
		}
	}
	return s.textDate()
}

// clockBesideLimit is how many bytes of text after a date element
// withClockBeside reads: a clock with its meridiem and zone ("10:05 a.m.
// EDT") and the separator before it fit.
const clockBesideLimit = 40

// withClockBeside adds to t, a day read from the element n with no time
// of day, the clock written in the elements that follow n on its line:
// templates print the day and the time in sibling elements
// (<span>3 May 2022</span> <span>21:25</span>).
func withClockBeside(n *html.Node, t Date) Date {
	if t.Precision != Day {
		return t
	}
	// The date may be the last text of its element, and that element
	// the last of its own: the clock then follows further up.
	for i := 0; i < 2 && n.NextSibling == nil && n.Parent != nil; i++ {
		n = n.Parent
	}
	var b strings.Builder
	for sib := n.NextSibling; sib != nil && b.Len() < clockBesideLimit; sib = sib.NextSibling {
		if sib.Type == html.ElementNode && textLongerThan(sib, clockBesideLimit) {
			break
		}
		if sib.Type == html.TextNode {
			b.WriteString(sib.Data)
		} else if sib.Type == html.ElementNode {
			b.WriteByte(' ')
			b.WriteString(nodeText(sib))
		}
	}
	y, m, d := t.Time.Date()
	return dateAndClock(b.String(), 0, y, int(m), d)
}

// metaDate reads the first of the meta tags keys that holds a time, else
// the first element marked with one of the microdata itemprops. A
// microdata publication date comes before genericDateKeys, which date the
// document rather than its publication.
func (s *state) metaDate(keys []string, itemprops ...string) Date {
	if t := s.metaTagDate(keys, false); !t.IsZero() {
		return t
	}
	if t := s.itempropDate(itemprops); !t.IsZero() {
		return t
	}
	return s.metaTagDate(keys, true)
}

// metaTagDate reads the first of the meta tags keys that holds a time,
// among the keys of genericDateKeys when generic is true and among the
// others when it is false.
func (s *state) metaTagDate(keys []string, generic bool) Date {
	for _, k := range keys {
		if slices.Contains(genericDateKeys, k) != generic {
			continue
		}
		for _, v := range s.meta.all(k) {
			if t, ok := parseDateTime(v); ok {
				return t
			}
		}
	}
	return Date{}
}

// itempropDate reads the first element marked with one of the microdata
// itemprops that holds a date, in its content or datetime attribute or
// its text.
func (s *state) itempropDate(itemprops []string) Date {
	for _, n := range s.meta.itemprops {
		ip := attr(n, "itemprop")
		for _, want := range itemprops {
			if ip != want {
				continue
			}
			for _, v := range []string{attr(n, "content"), attr(n, "datetime"), nodeText(n)} {
				if v == "" {
					continue
				}
				if t, ok := parseDateTime(v); ok {
					return t
				}
				if t, ok := parseTextDate(v); ok {
					return t
				}
			}
		}
	}
	return Date{}
}

// timeElementDate reads the first <time datetime> outside furniture, the
// masthead and quotations that does not mark an update.
func (s *state) timeElementDate() Date {
	t, _ := s.timeElement()
	return t
}

// timeElement is timeElementDate that also returns the element.
func (s *state) timeElement() (Date, *html.Node) {
	for _, n := range s.meta.times {
		v := attr(n, "datetime")
		if v == "" || s.notArticleDate(n) {
			continue
		}
		t, ok := parseDateTime(v)
		if !ok {
			continue
		}
		ci := classID(n) + " " + classID(n.Parent)
		if updateClass(ci) {
			continue
		}
		return t, n
	}
	return Date{}, nil
}

// notArticleDate reports whether a date element dates something other
// than the article: it sits in furniture (see inFurniture), in the
// site's masthead, or in a quotation. Social networks' embed code puts the
// embedded post, with its own date, in a <blockquote> (Twitter's
// "twitter-tweet", Instagram's "instagram-media", TikTok's
// "tiktok-embed").
func (s *state) notArticleDate(n *html.Node) bool {
	return s.inFurniture(n) || s.inMasthead(n) ||
		hasAncestor(n, maxQuoteDepth, func(p *html.Node) bool { return p.DataAtom == atom.Blockquote })
}

// maxQuoteDepth is how many ancestors notArticleDate climbs looking for a
// <blockquote>: embed code nests the post's date a few elements deep, and
// 24 is the depth the furniture test climbs too.
const maxQuoteDepth = 24

// inMasthead reports whether n sits in the site's banner, outside any
// <article> and not holding the headline: a <header>, an element with
// ARIA's role="banner", or one with WordPress themes' masthead id or
// site-header class. A date there is the day the page was served
// ("Donnerstag, 14.03.2024" beside the logo).
func (s *state) inMasthead(n *html.Node) bool {
	if s.titleNode == nil {
		return false
	}
	// An <article> above decides alone; it is looked for first, as the
	// banner's marks take reading each element's attributes.
	for p := n; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article && p.Type == html.ElementNode {
			return false
		}
	}
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Header || attr(p, "role") == "banner" || classHas(p, "masthead", "site-header")) {
			return !contains(p, s.titleNode)
		}
	}
	return false
}

// updateClass reports whether a class/id string marks the time of an
// update: hAtom's "updated", WordPress's "updated" and "entry-modified",
// and the "date-modified"/"last-updated" names CMSes print.
func updateClass(ci string) bool {
	return strings.Contains(ci, "updat") || strings.Contains(ci, "modif")
}

// textDate reads a date written out in a date or byline element near the
// headline, in any of the languages parseTextDate knows.
func (s *state) textDate() Date {
	var fallback Date
	// held is the date of a marked container that holds further marked
	// date elements: the innermost ones say which of its dates is the
	// page's (the post's wrapper also holds the headline, and a headline
	// may name a day). It stands when none of them has a date.
	var held Date
	var heldNode *html.Node
	dates := s.meta.dates
	for i, n := range dates {
		if heldNode != nil && !contains(heldNode, n) {
			return held
		}
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		// The element's place is asked only of an element that holds a
		// date: reading the text costs less.
		text := s.shortText(n, dateLineLimit)
		if text == "" {
			// hAtom's empty <span class="updated" title="2013-04-04T18:52:11">
			// states the time only in its title.
			if t, ok := parseDateTime(attr(n, "title")); ok && fallback.IsZero() && !s.notArticleDate(n) {
				fallback = t
			}
			continue
		}
		t, ok := parseTextDate(text)
		if !ok {
			// A marked date line may write the year in two digits.
			if t, ok = parseShortYearDate(text); !ok {
				continue
			}
		}
		if s.notArticleDate(n) {
			continue
		}
		l := strings.ToLower(text)
		if strings.Contains(l, "updated") || strings.Contains(l, "aktualisiert") || strings.Contains(l, "mis à jour") ||
			updateClass(classID(n)) {
			if fallback.IsZero() {
				fallback = t
			}
			continue
		}
		if i+1 < len(dates) && contains(n, dates[i+1]) {
			if heldNode == nil {
				held, heldNode = t, n
			}
			continue
		}
		return withClockBeside(n, t)
	}
	if heldNode != nil {
		return held
	}
	// A byline element often carries the date too ("von Jane Doe »
	// 21.01.2009, 05:42"), forum posts' author lines included.
	for _, n := range s.meta.bylines {
		if s.inFurniture(n) {
			continue
		}
		if t, ok := parseTextDate(s.shortText(n, dateLineLimit)); ok {
			return t
		}
	}
	if t := s.labelledDate(labelPublished); !t.IsZero() {
		return t
	}
	// A labelled author line often dates the post too ("Geschrieben von
	// jonas am 3. Oktober 2018 - 09:40").
	if t := s.labelledDate(labelAuthor); !t.IsZero() {
		return t
	}
	if !fallback.IsZero() {
		return fallback
	}
	// Pages with no marked date line often put it beside the headline,
	// just after it or in the kicker line just before it.
	h := s.headlineNode()
	if h == nil {
		return Date{}
	}
	count := 0
	for n := nextInDocument(h); n != nil && count < headlineTextsAfter; n = nextInDocument(n) {
		if n.Type == html.TextNode {
			count++
			if t, ok := parseTextDate(n.Data); ok {
				return withClockBeside(n, t)
			}
		}
	}
	count = 0
	for n := prevInDocument(h); n != nil && count < headlineTextsBefore; n = prevInDocument(n) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Body || n.DataAtom == atom.Nav || n.DataAtom == atom.Header && s.inFurniture(n)) {
			break
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			count++
			if t, ok := parseTextDate(n.Data); ok && !s.inMasthead(n) {
				return t
			}
		}
	}
	return s.labelledDate(labelUpdated)
}

// How many text nodes after and before the headline textDate reads for
// a date line that no class marks. The fit half's figures are the same
// for 20 to 60 nodes after (10 and 5 lose pages) and for 6 to 24 before;
// the smallest of each plateau is taken, since a date further off belongs
// to a neighbouring story more often. The check half's figures are the
// same as with the 40 and 12 used before.
const (
	headlineTextsAfter  = 20
	headlineTextsBefore = 6
)

// dateLineLimit is the longest text, in bytes, read as one date line (a
// <time> element's text, a marked date element, a byline, a labelled
// line); a longer one is prose or a container of several lines. The
// longest line that gave a fit page its right day was 119 bytes (a marked
// date element with a weekday, a clock and an update); the fit figures
// are the same for any limit from 60 to 300 bytes, and the check figures
// for 120 are those of the 200 and 300 used before.
const dateLineLimit = 120

// labelledDate reads the date of the first line labelled as kind
// ("Veröffentlicht am 16.08.2019", "Aktualisiert: 30.12.2016") outside
// comments and related boxes. Only the line the label opens is read, so
// a date further on belongs to something else.
func (s *state) labelledDate(kind labelKind) Date {
	for _, n := range s.meta.labelled {
		if lineLabel(n.Data) != kind {
			continue
		}
		line := labelledLine(n, dateLineLimit)
		if line == nil || s.inFurniture(line) {
			continue
		}
		text := nodeText(line)
		if t, ok := parseTextDate(text); ok {
			return t
		}
		if t, ok := parseShortYearDate(text); ok {
			return t
		}
	}
	return Date{}
}

// labelledLine is the element holding a labelled text node's line: its
// parent, or further up while that holds only the label ("<b>Aktualisiert
// am</b> 17.01.2021", "<h5>Autor:</h5> Jane Doe"). It is nil when the line
// is longer than limit: the label then opens a paragraph of prose.
func labelledLine(n *html.Node, limit int) *html.Node {
	p := n.Parent
	_, rest := lineLabelRest(n.Data)
	bare := strings.Trim(rest, " \t\r\n\u00a0:") == ""
	for i := 0; bare && i < 3 && p != nil && p.Parent != nil && p.Parent.DataAtom != atom.Body && !textLongerThan(p, len(strings.TrimSpace(n.Data))+2); i++ {
		p = p.Parent
	}
	if p == nil || p.Type != html.ElementNode || textLongerThan(p, limit) {
		return nil
	}
	return p
}

// headlineNode is the element the headline was read from, or, when the
// title came from the metadata, the first text on the page that repeats
// it: sites that keep their logo in the h1 show the headline elsewhere.
func (s *state) headlineNode() *html.Node {
	first, _ := s.headlineNodes()
	return first
}

// bylineHeadlineNode is headlineNode, except that a heading that repeats
// the title is taken over an earlier text that does: a list of recent
// posts before the article names it too, and the byline goes with the
// heading.
func (s *state) bylineHeadlineNode() *html.Node {
	first, heading := s.headlineNodes()
	if heading != nil {
		return heading
	}
	return first
}

// headlineNodes finds, in one walk, the first text node that repeats the
// title and the first that does in a heading. Both are nil when the
// title came from an h1 element, which is then the headline.
func (s *state) headlineNodes() (first, heading *html.Node) {
	if s.titleNode != nil {
		return s.titleNode, s.titleNode
	}
	if s.headlineDone {
		return s.headlineFirst, s.headlineHeading
	}
	s.headlineDone = true
	key := foldKey(s.art.Title)
	if key == "" {
		return nil, nil
	}
	walk(s.root, func(n *html.Node) bool {
		if heading != nil {
			return false
		}
		switch n.Type {
		case html.TextNode:
			if len(n.Data) < 4*len(key)+16 && foldKeyIs(n.Data, key) && n.Parent != nil && n.Parent.DataAtom != atom.Title {
				if first == nil {
					first = n
				}
				if hasAncestor(n, 3, func(p *html.Node) bool {
					return p.DataAtom == atom.H1 || p.DataAtom == atom.H2 || p.DataAtom == atom.H3
				}) {
					heading = n
				}
			}
			return false
		case html.ElementNode:
			return !skipAlways(n) && n.DataAtom != atom.Head
		}
		return true
	})
	s.headlineFirst, s.headlineHeading = first, heading
	return first, heading
}

// foldKeyIs reports whether foldKey(s) == key, comparing each byte as
// foldKey would write it: most texts differ from the key in their first
// letters, and are not folded whole.
func foldKeyIs(s, key string) bool {
	k := 0
	space := false
	for _, r := range s {
		l := foldRune(r)
		switch l {
		case 0:
			continue
		case ' ':
			space = true
			continue
		}
		if space && k > 0 {
			if k == len(key) || key[k] != ' ' {
				return false
			}
			k++
		}
		space = false
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], l)
		if len(key)-k < n || key[k:k+n] != string(buf[:n]) {
			return false
		}
		k += n
	}
	return k == len(key)
}

// shortText returns n's text, or "" when it is longer than limit.
func (s *state) shortText(n *html.Node, limit int) string {
	if s.textLongerThan(n, limit) {
		return ""
	}
	return nodeText(n)
}

// prevInDocument returns the node before n in document order.
func prevInDocument(n *html.Node) *html.Node {
	if p := n.PrevSibling; p != nil {
		for p.LastChild != nil {
			p = p.LastChild
		}
		return p
	}
	return n.Parent
}

// nextInDocument returns the node after n in document order.
func nextInDocument(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != nil && n.NextSibling == nil {
		n = n.Parent
	}
	if n == nil {
		return nil
	}
	return n.NextSibling
}

// sameDay reports whether a and b name the same day, each in its own zone.
func sameDay(a, b Date) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && am == bm && ad == bd
}

// bareDate reports whether d is midnight UTC, as a day alone and a stamp
// that only carries a day are.
func bareDate(d Date) bool {
	t := d.Time
	_, off := t.Zone()
	return off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

// Bounds of the text lines pageTextDate reads, in bytes after trimming.
// minDateLine is the shortest complete date ("1.2.2023"). maxDateLine
// keeps date lines ("Posted on 3 May 2023, 10:05 by Jane Doe") and leaves
// out prose, whose dates name other days: chosen on the fit half among
// 40, 64, 100 and 200 (64 gave the best htmldate and trafilatura date
// figures there), and confirmed on the check half.
const (
	minDateLine = 8
	maxDateLine = 64
)

// pageTextDate is the last resort when no marked, labelled or machine
// date and no URL dates the page: the earliest date written on a short
// line of its text. The first publication comes before the updates, the
// replies and the day the page was served that such lines also name; this
// is htmldate's documented preference for the original date in its
// extensive search (taking the first line in document order instead gave
// the same figures on both halves). Furniture is not left out: on pages
// that mark no date, the post's own date line often sits in what looks
// like furniture (the post's footer, a sidebar), and leaving furniture out
// lowered both halves.
func (s *state) pageTextDate() Date {
	var best Date
	walk(s.root, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			return !skipAlways(n)
		case html.TextNode:
			t := strings.TrimSpace(n.Data)
			if len(t) < minDateLine || len(t) > maxDateLine {
				return false
			}
			d, ok := parseTextDate(t)
			if !ok || (!best.IsZero() && !d.Time.Before(best.Time)) {
				return false
			}
			best = d
			return false
		}
		return true
	})
	return best
}

// scriptDate is the resort after pageTextDate: the earliest year-first
// date ("2023-05-03", "2023/05/03") in the page's inline scripts, where
// pages that print no date often still state it to their analytics or
// to the script that writes the date line. The day alone is kept, since
// the zone of a clock there is unknown.
func (s *state) scriptDate() Date {
	var best Date
	walk(s.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom != atom.Script {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				if d := earliestYearFirstDate(c.Data); !d.IsZero() && (best.IsZero() || d.Time.Before(best.Time)) {
					best = d
				}
			}
		}
		return false
	})
	return best
}

// earliestYearFirstDate returns the earliest valid year-first date in s
// standing apart from other digits, as a Day.
func earliestYearFirstDate(s string) Date {
	var best Date
	for i := 0; i+len("2023-5-3") <= len(s); i++ {
		if !isDateDigit(s[i]) || i > 0 && isDateDigit(s[i-1]) {
			continue
		}
		y, m, d, j, ok := isoDate(s[i:])
		if !ok || i+j < len(s) && isDateDigit(s[i+j]) {
			continue
		}
		if day := dayDate(y, m, d); best.IsZero() || day.Time.Before(best.Time) {
			best = day
		}
		i += j - 1
	}
	return best
}

// zoneOntoDay returns the zone of the whole-hour offset nearest to UTC
// that puts the instant t on v's day, when v's day is the one before or
// after t's UTC day and that offset is one zones use (from -12:00 to
// maxZoneOffset). v is zero when the page shows no day.
func zoneOntoDay(t, v time.Time) (*time.Location, bool) {
	if v.IsZero() {
		return nil, false
	}
	vy, vm, vd := v.Date()
	start := time.Date(vy, vm, vd, 0, 0, 0, 0, time.UTC)
	u := t.UTC()
	ty, tm, td := u.Date()
	tstart := time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC)
	var off time.Duration
	switch {
	case start.Equal(tstart.Add(24 * time.Hour)):
		off = start.Sub(u).Truncate(time.Hour)
		if u.Add(off).Before(start) {
			off += time.Hour
		}
		if off > maxZoneOffset {
			return nil, false
		}
	case start.Equal(tstart.Add(-24 * time.Hour)):
		off = -(u.Sub(tstart).Truncate(time.Hour) + time.Hour)
		if off < -12*time.Hour {
			return nil, false
		}
	default:
		return nil, false
	}
	return time.FixedZone("", int(off.Seconds())), true
}
