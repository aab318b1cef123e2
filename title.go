package article

import (
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a <title> into the headline and the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " : ", " ~ "}

// findTitle picks the headline: the h1 that matches what the metadata
// says the title is, else the metadata's title without its site suffix,
// else the first plausible h1. It also returns the h1 it used, which marks
// where the article starts on the page.
func (s *state) findTitle() (string, *html.Node) {
	var metas []string
	add := func(v string) {
		if v = clean(v); v != "" {
			metas = append(metas, v)
		}
	}
	if s.ld != nil {
		add(s.ld.headline)
	}
	add(s.meta.get("dc:title", "dc.title", "dcterms:title", "dcterms.title"))
	add(s.meta.get("og:title"))
	add(s.meta.get("title"))
	add(s.meta.get("twitter:title"))
	for _, n := range s.meta.itemprops {
		if attr(n, "itemprop") == "headline" && n.DataAtom != atom.Meta {
			add(nodeText(n))
		}
	}
	docTitle := clean(s.meta.title)
	if docTitle != "" {
		metas = append(metas, docTitle)
	}

	// What the loops below ask of each h1, read once: whether it can be
	// the headline, its text and whether that only names the site.
	site := s.siteNames()
	heads := make([]h1Head, len(s.meta.h1))
	for i, h := range s.meta.h1 {
		if heads[i].plausible = plausibleHeadline(h); heads[i].plausible {
			heads[i].text = headlineText(h)
			heads[i].namesSite = site.namesSite(heads[i].text)
		}
	}

	// The site's name as its logo shows it: an h1 that is the logo names
	// the part of <title> that is not the headline.
	for i, h := range s.meta.h1 {
		if isLogoHeading(h) || heads[i].plausible && heads[i].namesSite {
			site.logo = foldKey(headlineText(h))
			break
		}
	}

	// An h1 that agrees with the metadata is the displayed headline; of
	// several h1s, the best agreement wins, and among equals the one beside
	// the body (a site's name in an h1 agrees with <title> too). When the
	// h1 also carries a kicker or a date, the metadata's title is the
	// headline proper. Each metadata title is also tried without its site
	// name (made when first needed), so that an h1 agrees with "Headline |
	// Site | Tagline".
	stripped := make([]string, len(metas))
	strippedOf := func(i int) string {
		if stripped[i] == "" {
			stripped[i] = site.stripSiteOf(metas[i])
		}
		return stripped[i]
	}
	// Each title is folded once, for all the h1s compared with it.
	folded := map[string]string{}
	keyOf := func(m string) string {
		k, ok := folded[m]
		if !ok {
			k = titleKey(m)
			folded[m] = k
		}
		return k
	}
	var best, attached, plausible *html.Node
	var bestText, attachedText, plausibleText string
	plausibleCount := 0
	bestScore := 0
	for i, h := range s.meta.h1 {
		if !heads[i].plausible {
			continue
		}
		text := heads[i].text
		if heads[i].namesSite {
			// A site's name set in an h1 is not the story's headline.
			continue
		}
		// An h1 broken into lines by <br> may set a kicker above the
		// headline or a subtitle, a date or tags below it; the line that
		// is the metadata's title, whole or without the site's name, is
		// the headline.
		if line := lineOfTitle(brLines(h), metas, strippedOf); line != "" {
			text = line
		}
		k := foldKey(text)
		near := s.nearContent(h)
		for i, m := range metas {
			score, use := titleAgreement(k, keyOf(m))
			if score == 0 {
				if st := strippedOf(i); st != m {
					score, use = titleAgreement(k, keyOf(st))
					m = st
				}
			}
			if score == 0 {
				continue
			}
			if near {
				score++
			}
			if score > bestScore {
				best, bestScore, bestText = h, score, text
				if use && !colonBefore(text, m) {
					bestText = m
				}
			}
			// The metadata is in order of trust: the first title that
			// agrees with this h1 decides its form.
			break
		}
		if attached == nil && near && wordCount(text) >= 2 {
			attached, attachedText = h, text
		}
		if plausible == nil {
			plausible, plausibleText = h, text
		}
		plausibleCount++
	}
	// A page's only h1, in its <main> or <article> but away from the
	// body, is still its headline when it speaks of what the metadata
	// title does: pages set the headline in a hero block above a body
	// the scorer found elsewhere, while a section's name ("Health
	// Center") shares no word with the story's title.
	if attached == nil && plausibleCount == 1 && sharesWord(plausibleText, metas) &&
		hasAncestor(plausible, 64, func(p *html.Node) bool { return p.DataAtom == atom.Main || p.DataAtom == atom.Article }) {
		attached, attachedText = plausible, plausibleText
	}
	if best != nil {
		return bestText, best
	}
	// Else the h1 that sits with the article body.
	if attached != nil {
		return attachedText, attached
	}
	// Else the post's title as hAtom marks it (WordPress and most blog
	// themes class it "entry-title"), in a heading of any level.
	if h := s.hAtomTitle(); h != nil {
		return headlineText(h), h
	}
	// The first metadata title, unless it only repeats <title>.
	var title string
	if len(metas) > 0 && metas[0] != docTitle {
		title = site.stripSiteOf(metas[0])
	}
	full := site.stripSiteOf(docTitle)
	if title == "" {
		title = full
	}
	// Blogs without an h1 for the post set its title in an h2 beside the
	// body; a metadata title that only names the site loses to it.
	if len(s.meta.h1) == 0 || title == "" || site.namesSite(title) {
		if h, text := s.subheadTitle(docTitle); h != nil {
			// A metadata title of its own outranks an h2 that does not
			// agree with it: the h2 that <title> contains may be the
			// blog's name ("Google Online Security Blog: Post").
			if own := title != "" && title != full && !site.namesSite(title); !own {
				return text, h
			}
			if score, _ := titleAgreement(foldKey(text), titleKey(title)); score > 0 {
				return text, h
			}
		}
	}
	return title, nil
}

// h1Head is what findTitle asks of an h1: whether it is a
// plausibleHeadline, and if so its headlineText and whether that only
// names the site.
type h1Head struct {
	plausible bool
	text      string
	namesSite bool
}

// siteNames are the names of the site that titles are compared with,
// read once for all the titles of a page.
type siteNames struct {
	site  string // the metadata's site name (siteName), folded
	host  string // the first label of the base URL's host, "www." aside
	label string // hostLabel, without its hyphens
	logo  string // the text of the h1 that is the site's logo, folded
}

// siteNames reads the site's names, all but the logo's.
func (s *state) siteNames() siteNames {
	// foldKey turns hyphens into spaces and titles are compared without
	// them, so the host's label is kept without its hyphens.
	n := siteNames{site: foldKey(s.siteName()), label: strings.ReplaceAll(s.hostLabel(), "-", "")}
	if s.base != nil {
		n.host = strings.TrimPrefix(strings.ToLower(s.base.Hostname()), "www.")
		if i := strings.IndexByte(n.host, '.'); i > 0 {
			n.host = n.host[:i]
		}
	}
	return n
}

// namesSite reports whether a title is only the site's name.
func (n siteNames) namesSite(title string) bool {
	k := foldKey(title)
	if k == "" {
		return false
	}
	if n.site != "" && k == n.site {
		return true
	}
	nospace := strings.ReplaceAll(k, " ", "")
	return n.host != "" && nospace == n.host || n.label != "" && nospace == n.label
}

// hAtomTitle returns the page's only visible heading classed
// "entry-title", hAtom's post title, outside navigation and asides, when
// it is an h1, h2 or h3 of two words or more; else nil. A page with
// several lists posts, and a smaller heading so classed titles a box.
func (s *state) hAtomTitle() *html.Node {
	var found *html.Node
	n := 0
	walk(findBodyElement(s.root), func(c *html.Node) bool {
		if c.Type != html.ElementNode || skipAlways(c) || isHidden(c) || c.DataAtom == atom.Nav || c.DataAtom == atom.Aside {
			return false
		}
		if headingLevel(c) > 0 && hasWord(attr(c, "class"), "entry-title") {
			found = c
			n++
			return false
		}
		return n < 2
	})
	if n != 1 || headingLevel(found) > 3 || wordCount(headingText(found)) < 2 {
		return nil
	}
	return found
}

// subheadTitle finds a post title set in an h2 within or just before the
// body: the first one near the body, preferring one that the document's
// <title> contains.
func (s *state) subheadTitle(docTitle string) (*html.Node, string) {
	var first *html.Node
	var firstText string
	dk := foldKey(docTitle)
	// In page order, so that the first h2 found is the same every time.
	for _, c := range s.contentNodes {
		p := c
		for i := 0; i < 3 && p != nil && p.DataAtom != atom.Body; i, p = i+1, p.Parent {
			var found *html.Node
			var text string
			walk(p, func(n *html.Node) bool {
				if found != nil || n.Type != html.ElementNode || skipAlways(n) || isHidden(n) {
					return false
				}
				if n.DataAtom == atom.H2 && plausibleHeadline(n) {
					t := headlineText(n)
					if wordCount(t) >= 2 {
						if dk != "" && strings.Contains(dk, foldKey(t)) {
							found, text = n, t
							return false
						}
						if first == nil {
							first, firstText = n, t
						}
					}
				}
				return true
			})
			if found != nil {
				return found, text
			}
		}
	}
	if first != nil && docTitle == "" {
		return first, firstText
	}
	return nil, ""
}

// titleKey is the metadata title m as titleAgreement compares it: folded,
// without the dots or ellipsis that end a shortened title.
func titleKey(m string) string {
	return foldKey(strings.TrimRight(strings.TrimSpace(m), ".…"))
}

// titleAgreement scores how well an h1's folded text k agrees with the
// metadata title whose titleKey is mk: 4 for the same text, 2 when one
// holds the other and is most of it, 0 otherwise. It reports whether the
// metadata title, not the h1, is the headline: when the h1 adds a kicker
// before it or a date after it. An h1 that goes on where a metadata title
// stops (a shortened og:title, one cut with "...") is the headline itself.
func titleAgreement(k, mk string) (score int, useMeta bool) {
	switch {
	case k == "" || mk == "":
		return 0, false
	case k == mk:
		return 4, false
	case len(k) >= 10 && containsWords(mk, k) && len(k)*3 >= len(mk):
		return 2, false
	case len(mk) >= 10 && containsWords(k, mk) && len(mk)*3 >= len(k)*2:
		if strings.HasPrefix(k, mk) {
			rest := strings.TrimSpace(k[len(mk):])
			first, _ := utf8.DecodeRuneInString(rest)
			if _, isDate := parseTextDate(rest); !isDate && unicode.IsLetter(first) {
				return 2, false
			}
		}
		return 2, true
	}
	return 0, false
}

// containsWords reports whether the folded text k holds the folded text
// sub as whole words: "bookshop" does not hold "shop". Scripts written
// without spaces between words (Chinese, Japanese, Thai) have no word
// boundary to check.
func containsWords(k, sub string) bool {
	first, _ := utf8.DecodeRuneInString(sub)
	last, _ := utf8.DecodeLastRuneInString(sub)
	i := strings.Index(k, sub)
	for i >= 0 {
		end := i + len(sub)
		before, _ := utf8.DecodeLastRuneInString(k[:i])
		after, _ := utf8.DecodeRuneInString(k[end:])
		if (i == 0 || before == ' ' || !spacedScript(before) || !spacedScript(first)) &&
			(end == len(k) || after == ' ' || !spacedScript(after) || !spacedScript(last)) {
			return true
		}
		j := strings.Index(k[i+1:], sub)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// spacedScript reports whether r is a letter or digit of a script that
// sets spaces between words.
func spacedScript(r rune) bool {
	return r < utf8.RuneSelf || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian,
		unicode.Georgian, unicode.Arabic, unicode.Hebrew, unicode.Devanagari, unicode.Nd)
}

// lineOfTitle returns the line of a heading broken by <br> (see brLines)
// that is one of the metadata titles, whole or as strippedOf(i) gives it
// without the site's name; "" when no line of two words or more is.
func lineOfTitle(lines, metas []string, strippedOf func(int) string) string {
	if len(lines) < 2 {
		return ""
	}
	for _, line := range lines {
		if wordCount(line) < 2 {
			continue
		}
		lk := foldKey(line)
		for i, m := range metas {
			if lk == foldKey(m) || lk == foldKey(strippedOf(i)) {
				return line
			}
		}
	}
	return ""
}

// brLines splits a heading's text at its <br> elements, leaving out
// lines without text.
func brLines(h *html.Node) []string {
	var lines []string
	var b strings.Builder
	flush := func() {
		if t := clean(b.String()); t != "" {
			lines = append(lines, t)
		}
		b.Reset()
	}
	breaks := false
	walk(h, func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			flush()
			breaks = true
		case n.Type == html.ElementNode && (skipAlways(n) || isHidden(n)):
			return false
		}
		return true
	})
	if !breaks {
		return nil
	}
	flush()
	return lines
}

// colonBefore reports whether the h1's text is the metadata title m
// after a colon: "Q&A: Title" shows one headline holding a colon, not a
// kicker before the headline, which the page sets apart in markup (see
// headlineText). A shorter social title is cut at the colon.
func colonBefore(h1, m string) bool {
	mk := foldKey(m)
	i := strings.LastIndexByte(h1, ':')
	return mk != "" && i > 0 && foldKey(h1[i+1:]) == mk
}

// plausibleHeadline reports whether an h1 can be the headline: visible,
// of headline length, and not the site's logo.
func plausibleHeadline(h *html.Node) bool {
	// An h1 in an <aside> titles a box beside the story ("Related
	// articles"), as HTML5 sectioning lets every box have its own h1.
	if isHidden(h) || hasAncestor(h, 64, func(p *html.Node) bool {
		return skipAlways(p) || isHidden(p) || p.DataAtom == atom.Nav || p.DataAtom == atom.Aside
	}) {
		return false
	}
	if isLogoHeading(h) {
		return false
	}
	n := textLen(h)
	return n >= 2 && n <= 400
}

// isLogoHeading reports whether an h1 holds the site's name rather than a
// headline: its class says logo or brand, or it is one link to the front
// page, as a blog's name is above its posts' h2 titles.
func isLogoHeading(h *html.Node) bool {
	ci := classID(h)
	return strings.Contains(ci, "logo") || strings.Contains(ci, "site-title") || strings.Contains(ci, "brand") ||
		strings.Contains(ci, "site-name") || linksHome(h)
}

// linksHome reports whether a heading's text is all one link to a site's
// front page.
func linksHome(h *html.Node) bool {
	var a *html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && a == nil:
			a = c
		default:
			return false
		}
	}
	if a == nil {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil {
		return false
	}
	return (u.Path == "" || u.Path == "/" || u.Path == "/index.html" || u.Path == "/index.php") && u.RawQuery == "" && u.Fragment == ""
}

// sharesWord reports whether text and one of titles have a word of four
// letters or more in common.
func sharesWord(text string, titles []string) bool {
	words := strings.Fields(foldKey(text))
	for _, t := range titles {
		tw := strings.Fields(foldKey(t))
		for _, w := range words {
			if utf8.RuneCountInString(w) >= 4 && slices.Contains(tw, w) {
				return true
			}
		}
	}
	return false
}

// nearContent reports whether n sits within a few levels of the body's
// container, as the headline of the article does.
func (s *state) nearContent(n *html.Node) bool {
	for c := range s.content {
		p := c
		for i := 0; i < 5 && p != nil; i, p = i+1, p.Parent {
			if p.DataAtom == atom.Body {
				break
			}
			if contains(p, n) {
				return true
			}
		}
	}
	return false
}

// blogArchiveLabels are what WordPress's classic theme puts between the
// blog's name and a post's title ("Blog » Blog Archive » Title").
var blogArchiveLabels = []string{"blog archive", "blog archiv", "blog archives"}

// stripSiteOf removes a site name joined to a title by a separator:
// "Headline | Site", "Site - Headline", "Headline - Site - Tagline", the
// site named as n holds it (its metadata, its host or its logo).
func (n siteNames) stripSiteOf(t string) string {
	site, logoKey, host := n.site, n.logo, n.label
	isSite := func(part string) bool {
		k := foldKey(part)
		if k == "" {
			return false
		}
		nospace := strings.ReplaceAll(k, " ", "")
		if k == site || k == logoKey || slices.Contains(blogArchiveLabels, k) ||
			(host != "" && (nospace == host || strings.Contains(nospace, host) && len(k) < 40)) {
			return true
		}
		// "Site | Tagline | Founded 2005": the site's name and its own
		// separators after it.
		for _, sep := range titleSeparators {
			if i := strings.Index(part, sep); i > 0 {
				head := strings.ReplaceAll(foldKey(part[:i]), " ", "")
				if site != "" && foldKey(part[:i]) == site || host != "" && strings.Contains(head, host) && len(head) < 40 {
					return true
				}
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		// Most titles hold few of the separators: strings.Index finds
		// that out faster than strings.LastIndex.
		j := strings.Index(t, sep)
		if j < 0 {
			continue
		}
		i := strings.LastIndex(t, sep)
		if i > 0 && isSite(t[i+len(sep):]) {
			return n.stripSiteOf(strings.TrimSpace(t[:i]))
		}
		if j > 0 && isSite(t[:j]) {
			return n.stripSiteOf(strings.TrimSpace(t[j+len(sep):]))
		}
	}
	// "Headline [Site]": a short bracketed name closing the title is the
	// site's, as forums and archives append it.
	if head, inner, ok := bracketTail(t); ok && (isSite(inner) || wordCount(inner) <= 4 && wordCount(head) >= 3) {
		return n.stripSiteOf(head)
	}
	// Without a known site name, a short last part after " | " or a
	// spaced long dash is still the site's: headlines rarely end in one.
	// A spaced hyphen or a colon is left alone, since headlines use them
	// ("Brexit - what comes next").
	for _, sep := range [...]string{" | ", " – ", " — ", " :: ", " » "} {
		if !strings.Contains(t, sep) {
			continue
		}
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			// A site's name is capitalised; a lower-case tail after a
			// dash goes on with the headline ("– was lohnt sich?").
			if wordCount(tail) <= 4 && wordCount(head) >= 3 && (sep == " | " || startsUpper(tail) && !strings.HasSuffix(tail, "?")) {
				return n.stripSiteOf(strings.TrimSpace(head))
			}
		}
	}
	return t
}

// bracketTail splits "Headline [Site]" into the text before the bracket
// and the name inside it. The bracket must close the title and hold no
// other bracket, and text must stand before it.
func bracketTail(t string) (head, inner string, ok bool) {
	if !strings.HasSuffix(t, "]") {
		return "", "", false
	}
	i := strings.LastIndex(t, " [")
	if i <= 0 {
		return "", "", false
	}
	inner = strings.TrimSpace(t[i+2 : len(t)-1])
	head = strings.TrimSpace(t[:i])
	if inner == "" || head == "" || strings.ContainsAny(inner, "[]") {
		return "", "", false
	}
	return head, inner, true
}

// hostLabel is the main label of the page's host name: "example" for
// www.example.com, news.example.co.uk and example.de.
func (s *state) hostLabel() string {
	if s.base == nil {
		return ""
	}
	hostname := s.base.Hostname()
	if archived := archivedURL(s.base); archived != nil {
		hostname = archived.Hostname()
	}
	labels := strings.Split(strings.ToLower(hostname), ".")
	if len(labels) < 2 {
		return ""
	}
	i := len(labels) - 2
	// A second-level suffix such as "co.uk" or "com.au".
	if i > 0 && len(labels[i]) <= 3 && len(labels[len(labels)-1]) == 2 {
		switch labels[i] {
		case "co", "com", "org", "net", "gov", "ac", "or", "ne", "gv":
			i--
		}
	}
	return labels[i]
}

// siteName returns the publication's name from the metadata.
func (s *state) siteName() string {
	if v := clean(s.meta.get("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name", "publisher", "dc.publisher", "dcterms.publisher", "cxenseparse:recs:publishersitename")); v != "" {
		return v
	}
	if s.ld != nil && s.ld.publisher != "" {
		return clean(s.ld.publisher)
	}
	return ""
}

// isTitle reports whether a heading in the body repeats the headline,
// with or without the kicker that headlineText leaves out.
func (s *state) isTitle(text string) bool {
	if s.art.Title == "" {
		return false
	}
	t := s.titleKey
	if last, _ := utf8.DecodeLastRuneInString(t); t != "" && lastKeyRune(text) != last {
		// Either way foldKey(text) ends as t does.
		return false
	}
	k := foldKey(text)
	return k == t || len(t) >= 10 && strings.HasSuffix(k, t) && len(k)-len(t) <= 80
}

// lastKeyRune returns the last character of foldKey(s), or -1 when the
// key is empty: s's last letter or digit, lowered.
func lastKeyRune(s string) rune {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if l := foldRune(r); l != 0 && l != ' ' {
			return l
		}
		s = s[:len(s)-size]
	}
	return -1
}

// kickerHints are the class names of the kicker or section label that
// pages set inside the h1 before the headline proper: the newsroom's words
// for that line (English "kicker", "eyebrow", "overline", "topline",
// "supertitle", "rubric"; German "Dachzeile" and "Spitzmarke", and
// "roofline" translating the first) and the generic "label" and
// "category". A "subtitle" or "subheading" inside an h1 is the dek, which
// follows the headline, and is not among them.
var kickerHints = []string{"kicker", "dachzeile", "spitzmarke", "topline", "overline",
	"supertitle", "roofline", "eyebrow", "rubric", "label", "category"}

// headlineText is an h1's text without the kicker inside it, without
// hidden separators and without a permalink (see headingText): "<span
// class=kicker>Brexit</span> Vote delayed" gives "Vote delayed". It falls
// back to the whole text when nothing would be left.
func headlineText(h *html.Node) string {
	strip := false
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isKicker(c) {
			strip = true
			break
		}
	}
	if text, ok := afterHiddenSeparator(h); ok {
		return text
	}
	if !strip {
		return headingText(h)
	}
	var parts []string
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isKicker(c) || isHidden(c) || c.DataAtom == atom.Time || isPermalink(c)) {
			continue
		}
		if t := nodeText(c); t != "" {
			parts = append(parts, t)
		}
	}
	text := strings.TrimLeft(clean(strings.Join(parts, " ")), ":-–—|· ")
	if wordCount(text) < 2 {
		return headingText(h)
	}
	return text
}

// headingText is a heading's text without its permalink: the link to the
// heading's own anchor that documentation generators and blog themes add
// to headings, shown as a glyph ("¶" from Sphinx and MkDocs, "#" from
// Jekyll, Hugo and markdown-it-anchor themes, "🔗", "§") or an icon.
func headingText(h *html.Node) string {
	if !hasPermalink(h) {
		return nodeText(h)
	}
	return visibleText(h, func(c *html.Node) bool { return skipAlways(c) || isHidden(c) || isPermalink(c) })
}

// hasPermalink reports whether a permalink (see isPermalink) is below h.
func hasPermalink(h *html.Node) bool {
	found := false
	walk(h, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		found = isPermalink(c)
		return !found
	})
	return found
}

// isPermalink reports whether n is a heading's permalink: a link to a
// fragment of the page whose text holds no letter or digit.
func isPermalink(n *html.Node) bool {
	if n.DataAtom != atom.A || !strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#") {
		return false
	}
	return strings.IndexFunc(nodeText(n), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

// afterHiddenSeparator reads an h1 whose kicker is set apart by a
// separator only screen readers get ("<span>Kicker</span><span
// class=sr-only>: </span><span>Headline</span>"): the text after it, when
// text stands on both sides.
func afterHiddenSeparator(h *html.Node) (string, bool) {
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !isKicker(c) || !isHiddenSeparator(c) {
			continue
		}
		before := false
		for d := h.FirstChild; d != c && !before; d = d.NextSibling {
			before = nodeText(d) != ""
		}
		var parts []string
		for d := c.NextSibling; d != nil; d = d.NextSibling {
			if t := nodeText(d); t != "" {
				parts = append(parts, t)
			}
		}
		text := clean(strings.Join(parts, " "))
		if before && wordCount(text) >= 2 {
			return text, true
		}
	}
	return "", false
}

// isHiddenSeparator reports whether n holds only punctuation, as the
// separator between a kicker and a headline does.
func isHiddenSeparator(n *html.Node) bool {
	t := strings.TrimSpace(nodeText(n))
	return t != "" && strings.Trim(t, ":-–—|·") == ""
}

// isKicker reports whether an element inside an h1 is a kicker or a
// screen-reader-only separator.
func isKicker(n *html.Node) bool {
	ci := classID(n)
	if ci == "" {
		return false
	}
	if strings.Contains(ci, "visually-hidden") || strings.Contains(ci, "sr-only") || strings.Contains(ci, "invisible") || strings.Contains(ci, "screen-reader") {
		return true
	}
	return containsAny(ci, kickerHints)
}

// archivedURL returns the original address of a page served by the
// Internet Archive's Wayback Machine ("/web/20140226054445/http://..."),
// whose own host names no site, or nil.
func archivedURL(u *url.URL) *url.URL {
	if !strings.EqualFold(u.Hostname(), "web.archive.org") {
		return nil
	}
	rest, ok := strings.CutPrefix(u.Path, "/web/")
	if !ok {
		return nil
	}
	_, orig, ok := strings.Cut(rest, "/")
	if !ok {
		return nil
	}
	o, err := url.Parse(orig)
	if err != nil || o.Host == "" {
		return nil
	}
	return o
}

// Bounds of a displayed dek: shorter text is a label or a date line,
// longer text a paragraph of the body; deks run one or two sentences.
// Both were set before measuring, from that description, and not tuned.
const (
	minDekRunes = 20
	maxDekRunes = 400
	// minSubheadlineRunes is the shortest h2 read as the dek by its place
	// alone: a sentence of six words or more, where a section's title or
	// a name ("The Band and Its Leader") is shorter. Chosen on the fit
	// half's h2s under headlines (names and section titles ran to 39
	// characters); the check half's dek figure did not move with it.
	minSubheadlineRunes = 40
)

// maxDekScan is how many text nodes (and ten times as many elements)
// after the headline are looked at for the dek: it sits directly under
// the headline, before the byline or beside it. The same bound as the
// unmarked byline's scan after the headline (bylineBesideHeadline).
const maxDekScan = 40

// maxSubheadlineGap is how many lines of text (a kicker, a date, share
// buttons) may stand between the headline and an h2 read as its
// subheadline; an h2 further down heads a box or a section. Set to three
// after one fit page took a box's h2 far below the headline; not swept.
const maxSubheadlineGap = 3

// displayedDek returns the dek the page displays under its headline, or
// "": the first element after the h1, before the body's text begins, that
// is
//
//  1. marked as the dek by its class or id (see isDekMarked) or by the
//     schema.org microdata itemprop "description" or
//     "alternativeHeadline"; or
//  2. the paragraph of an <hgroup> after its h1, the HTML standard's
//     subtitle; or
//  3. an h2 that is the first visible heading after the h1 and close to
//     it (see maxSubheadlineGap), as news templates set the subheadline.
//
// Figures and captions are passed over. Its text must be a sentence's
// length (minDekRunes to maxDekRunes) and not the headline again.
func (s *state) displayedDek() string {
	t := s.titleNode
	if t == nil {
		return ""
	}
	firstHeading := true
	count, elements := 0, 0
	for n := afterSubtree(t); n != nil && count < maxDekScan && elements < 10*maxDekScan; n = nextInDocument(n) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) != "" {
				count++
			}
			continue
		case html.ElementNode:
			// Icons and empty wrappers hold no text; they are counted
			// too, so that the scan stays short on any page.
			elements++
		default:
			continue
		}
		if s.content[n] && !isDekMarked(n) {
			// The body's text begins. (A marked dek may have been taken
			// in as the body's lead.)
			return ""
		}
		if skipAlways(n) || isHidden(n) || n.DataAtom == atom.Figure || n.DataAtom == atom.Figcaption ||
			s.hints.of(n)&(hintHiddenish|hintCaption) != 0 {
			n = lastDescendant(n)
			continue
		}
		if s.hints.of(n)&hintCredit != 0 && !isDekMarked(n) {
			// A picture's credit line; what it holds may still be the dek
			// ("header__accreditation" boxes hold the dek and byline).
			continue
		}
		heading := headingLevel(n) > 0
		ip := attr(n, "itemprop")
		subheadline := n.DataAtom == atom.H2 && firstHeading && count <= maxSubheadlineGap
		marked := isDekMarked(n) || ip == "description" || ip == "alternativeHeadline" ||
			n.DataAtom == atom.P && n.Parent != nil && n.Parent.DataAtom == atom.Hgroup || subheadline
		if heading {
			firstHeading = false
			if n.DataAtom == atom.H1 && !marked {
				return ""
			}
		}
		if !marked {
			continue
		}
		text := clean(nodeText(n))
		minRunes := minDekRunes
		if subheadline && !isDekMarked(n) {
			// An h2 known only by its place must read as a sentence, not
			// as a name or a section's title.
			minRunes = minSubheadlineRunes
		}
		if c := utf8.RuneCountInString(text); c < minRunes || c > maxDekRunes || s.isTitle(text) || !readsAsDek(text) {
			continue
		}
		return text
	}
	return ""
}

// readsAsDek reports whether a line can be a dek: it does not open with a
// date, a time or a byline phrase ("By Jane Doe", "19.10.2019, 15:30"),
// and holds no picture credit ("Foto:", "©").
func readsAsDek(text string) bool {
	tokens := strings.Fields(text)
	if len(tokens) == 0 || isDateToken(tokens[0]) || opensWithBylinePhrase(text) {
		return false
	}
	if _, ok := parseTextDate(text); ok && len(tokens) <= 6 {
		// A dateline: "Hamburg, 2. November 2021", "NOVEMBER 20, 2019".
		return false
	}
	return !strings.Contains(text, "©") && !hasPictureCredit(text)
}

// pictureCredit matches the labels of a picture's credit: "Foto:",
// "Photo:", "Fot.", "Bild:", "Image:", "Credit:".
var pictureCredit = regexp.MustCompile(`(?i)\b(?:fotos?|photos?|fot|bild|image|credit)\s*[:.]`)

// pictureCreditStems open each label pictureCredit matches. Their letters
// match, case-folded, only ASCII letters, so a text pictureCredit matches
// holds one of them once lower-cased: the regexp runs only on such text.
var pictureCreditStems = indexWords("fot", "photo", "bild", "image", "credit")

// hasPictureCredit reports whether pictureCredit matches text.
func hasPictureCredit(text string) bool {
	return pictureCreditStems.inLowered(text) && pictureCredit.MatchString(text)
}

// afterSubtree returns the node after n and all of its descendants in
// document order, or nil.
func afterSubtree(n *html.Node) *html.Node {
	for n != nil && n.NextSibling == nil {
		n = n.Parent
	}
	if n == nil {
		return nil
	}
	return n.NextSibling
}

// dekWords are the words class names use for the dek: "dek" and "deck"
// (American newsrooms), "standfirst" and "strapline" (British),
// "subtitle", "subheadline" and "subline", and the words of other
// newsrooms: French "chapo" and "chapeau", Spanish "entradilla" and
// "bajada", German "Vorspann", Italian "occhiello" and "sommario".
var dekWords = bylineWordSet(`dek deck standfirst strapline subtitle subheadline
	subline chapo chapeau entradilla bajada vorspann occhiello sommario`)

// dekRoleWords name the dek only as the role of the article's own part
// ("article__desc", "entry-summary", "headline_description",
// "lede-feature-teaser"): alone they also name a picture's description,
// an author's summary or a teaser for another story.
var dekRoleWords = bylineWordSet(`summary description desc teaser excerpt intro`)

// dekOwnerWords name the article's parts in the class names that carry
// dekRoleWords.
var dekOwnerWords = bylineWordSet(`article entry post story headline header hed head
	lede feature content page single`)

// isDekMarked reports whether n's class or id marks the dek: one of
// dekWords, or one of dekRoleWords beside one of dekOwnerWords in the
// same class. Words are split at punctuation and where a lower-case
// letter meets a capital, so that the component names of CSS-in-JS
// classes ("ContentHeaderDek-x1y2", "headline_description__a1b2") are
// read.
func isDekMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" || !mayMarkDek(a.Val) {
			continue
		}
		for c := range strings.FieldsSeq(a.Val) {
			role, owner := false, false
			for _, w := range classWords(c) {
				if dekWords[w] {
					return true
				}
				role = role || dekRoleWords[w]
				owner = owner || dekOwnerWords[w]
			}
			if role && owner {
				return true
			}
		}
	}
	return false
}

// dekMarkRoots are the words a class or id must hold to mark the dek:
// dekWords, and dekRoleWords, without which dekOwnerWords mark nothing.
var dekMarkRoots = indexWords(slices.Concat(slices.Sorted(maps.Keys(dekWords)), slices.Sorted(maps.Keys(dekRoleWords)))...)

// mayMarkDek reports whether a class or id value, lower-cased, holds one
// of dekMarkRoots: each word classWords reads is a piece of it, so a
// value that holds none marks no dek, and its words need not be read.
func mayMarkDek(v string) bool {
	return dekMarkRoots.inLowered(v)
}

// classWords splits a class or id attribute into lower-cased words, at
// every character other than a letter and where a lower-case letter is
// followed by a capital.
func classWords(v string) []string {
	var words []string
	start := -1
	prevLower := false
	for i, r := range v {
		letter := unicode.IsLetter(r)
		if start >= 0 && (!letter || prevLower && unicode.IsUpper(r)) {
			words = append(words, strings.ToLower(v[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	if start >= 0 {
		words = append(words, strings.ToLower(v[start:]))
	}
	return words
}

// lastDescendant returns the last node below n in document order, or n.
func lastDescendant(n *html.Node) *html.Node {
	for n.LastChild != nil {
		n = n.LastChild
	}
	return n
}
