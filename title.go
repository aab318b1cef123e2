package article

import (
	"net/url"
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
	add(s.meta.get("dc.title", "dcterms.title"))
	add(s.meta.get("og:title"))
	add(s.meta.get("title"))
	add(s.meta.get("twitter:title"))
	add(s.meta.get("sailthru.title", "parsely-title"))
	for _, n := range s.meta.itemprops {
		if attr(n, "itemprop") == "headline" && n.DataAtom != atom.Meta {
			add(nodeText(n))
		}
	}
	docTitle := clean(s.meta.title)
	if docTitle != "" {
		metas = append(metas, docTitle)
	}

	// An h1 that agrees with the metadata is the displayed headline; of
	// several h1s, the best agreement wins, and among equals the one beside
	// the body (a site's name in an h1 agrees with <title> too). When the
	// h1 also carries a kicker or a date, the metadata's title is the
	// headline proper.
	var best, attached *html.Node
	var bestText, attachedText string
	bestScore := 0
	for _, h := range s.meta.h1 {
		if !plausibleHeadline(h) {
			continue
		}
		text := headlineText(h)
		k := foldKey(text)
		near := s.nearContent(h)
		for _, m := range metas {
			score, use := titleAgreement(k, m)
			if score == 0 {
				continue
			}
			if near {
				score++
			}
			if score > bestScore {
				best, bestScore, bestText = h, score, text
				if use {
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
	}
	if best != nil {
		return bestText, best
	}
	// Else the h1 that sits with the article body.
	if attached != nil {
		return attachedText, attached
	}
	var title string
	for _, m := range metas {
		if m == docTitle {
			break
		}
		title = s.stripSite(m)
		break
	}
	if title == "" {
		title = s.stripSite(docTitle)
	}
	// Blogs without an h1 for the post set its title in an h2 beside the
	// body; a metadata title that only names the site loses to it.
	if len(s.meta.h1) == 0 || title == "" || s.namesSite(title) {
		if h, text := s.subheadTitle(docTitle); h != nil {
			return text, h
		}
	}
	return title, nil
}

// namesSite reports whether a title is only the site's name.
func (s *state) namesSite(title string) bool {
	k := foldKey(title)
	if k == "" {
		return false
	}
	if site := foldKey(s.siteName()); site != "" && k == site {
		return true
	}
	if s.base != nil {
		host := strings.TrimPrefix(strings.ToLower(s.base.Hostname()), "www.")
		if i := strings.IndexByte(host, '.'); i > 0 {
			host = host[:i]
		}
		if host != "" && strings.ReplaceAll(k, " ", "") == host {
			return true
		}
	}
	return false
}

// subheadTitle finds a post title set in an h2 within or just before the
// body: the first one near the body, preferring one that the document's
// <title> contains.
func (s *state) subheadTitle(docTitle string) (*html.Node, string) {
	var first *html.Node
	var firstText string
	dk := foldKey(docTitle)
	for c := range s.content {
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
					if wordCount(t) >= 2 && !isPromoLabel(t) && !isPopularLabel(t) {
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

// titleAgreement scores how well an h1's folded text k agrees with the
// metadata title m: 4 for the same text, 2 when one holds the other and
// is most of it, 0 otherwise. It reports whether m, not the h1, is the
// headline: when the h1 adds a kicker before it or a date after it. An h1
// that goes on where a metadata title stops (a shortened og:title, one cut
// with "...") is the headline itself.
func titleAgreement(k, m string) (score int, useMeta bool) {
	mk := foldKey(strings.TrimRight(strings.TrimSpace(m), ".…"))
	switch {
	case k == "" || mk == "":
		return 0, false
	case k == mk:
		return 4, false
	case len(k) >= 10 && strings.Contains(mk, k) && len(k)*3 >= len(mk):
		return 2, false
	case len(mk) >= 10 && strings.Contains(k, mk) && len(mk)*3 >= len(k)*2:
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

// plausibleHeadline reports whether an h1 can be the headline: visible,
// of headline length, and not the site's logo.
func plausibleHeadline(h *html.Node) bool {
	if isHidden(h) || hasAncestor(h, 64, func(p *html.Node) bool { return skipAlways(p) || isHidden(p) || p.DataAtom == atom.Nav }) {
		return false
	}
	ci := classID(h)
	if strings.Contains(ci, "logo") || strings.Contains(ci, "site-title") || strings.Contains(ci, "brand") || strings.Contains(ci, "site-name") {
		return false
	}
	if linksHome(h) {
		// A blog's h1 is often its name, linked to its front page; the
		// post's title sits in an h2 below it.
		return false
	}
	n := textLen(h)
	return n >= 2 && n <= 400
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

// stripSite removes a site name joined to a title by a separator: "Headline
// | Site", "Site - Headline".
func (s *state) stripSite(t string) string {
	site := foldKey(s.siteName())
	// foldKey turns hyphens into spaces and isSite compares without them,
	// so the host is compared without its hyphens.
	host := strings.ReplaceAll(s.hostLabel(), "-", "")
	isSite := func(part string) bool {
		k := foldKey(part)
		if k == "" {
			return false
		}
		nospace := strings.ReplaceAll(k, " ", "")
		if k == site || (host != "" && (nospace == host || strings.Contains(nospace, host) && len(k) < 40)) ||
			(site != "" && (strings.HasPrefix(k, site) || strings.HasSuffix(k, site)) && len(k) < len(site)+12) {
			return true
		}
		// "Site | Tagline | Founded 2005": the site's name and its own
		// separators after it.
		for _, sep := range titleSeparators {
			if i := strings.Index(part, sep); i > 0 && foldKey(part[:i]) == site && site != "" {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i > 0 && isSite(t[i+len(sep):]) {
			return s.stripSite(strings.TrimSpace(t[:i]))
		}
		j := strings.Index(t, sep)
		if j > 0 && isSite(t[:j]) {
			return s.stripSite(strings.TrimSpace(t[j+len(sep):]))
		}
	}
	// Without a known site name, a short last part after " | " or a
	// spaced long dash is still the site's: headlines rarely end in one.
	// A spaced hyphen or a colon is left alone, since headlines use them
	// ("Brexit - what comes next").
	for _, sep := range [...]string{" | ", " – ", " — ", " :: ", " » "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			// A site's name is capitalised; a lower-case tail after a
			// dash goes on with the headline ("– was lohnt sich?").
			if wordCount(tail) <= 4 && wordCount(head) >= 3 && (sep == " | " || startsUpper(tail) && !strings.HasSuffix(tail, "?")) {
				return strings.TrimSpace(head)
			}
		}
	}
	return t
}

// hostLabel is the main label of the page's host name: "example" for
// www.example.com, news.example.co.uk and example.de.
func (s *state) hostLabel() string {
	if s.base == nil {
		return ""
	}
	labels := strings.Split(strings.ToLower(s.base.Hostname()), ".")
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
	k, t := foldKey(text), foldKey(s.art.Title)
	return k == t || len(t) >= 10 && strings.HasSuffix(k, t) && len(k)-len(t) <= 80
}

// kickerHints are the class names of the kicker, dateline or section label
// that pages set inside the h1 before the headline proper ("Dachzeile",
// "overline", "supertitle").
var kickerHints = []string{"kicker", "dachzeile", "spitzmarke", "toptitle", "top-title",
	"topline", "overline", "supertitle", "super-title", "subtitle", "sub-heading",
	"subheading", "roofline", "eyebrow", "rubric", "label", "category"}

// headlineText is an h1's text without the kicker inside it and without
// hidden separators: "<span class=kicker>Brexit</span> Vote delayed" gives
// "Vote delayed". It falls back to the whole text when nothing would be
// left.
func headlineText(h *html.Node) string {
	strip := false
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isKicker(c) {
			strip = true
			break
		}
	}
	if !strip {
		return nodeText(h)
	}
	var parts []string
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isKicker(c) || isHidden(c) || c.DataAtom == atom.Time) {
			continue
		}
		if t := nodeText(c); t != "" {
			parts = append(parts, t)
		}
	}
	text := strings.TrimLeft(clean(strings.Join(parts, " ")), ":-–—|· ")
	if wordCount(text) < 2 {
		return nodeText(h)
	}
	return text
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
