package article

import (
	"strings"

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
	add(s.meta.get("og:title"))
	add(s.meta.get("twitter:title"))
	add(s.meta.get("dc.title", "dcterms.title", "title", "sailthru.title", "parsely-title"))
	for _, n := range s.meta.itemprops {
		if attr(n, "itemprop") == "headline" && n.DataAtom != atom.Meta {
			add(nodeText(n))
		}
	}
	docTitle := clean(s.meta.title)
	if docTitle != "" {
		metas = append(metas, docTitle)
	}

	// An h1 that agrees with the metadata is the displayed headline. When
	// the h1 also carries a kicker or a date, the metadata's title is the
	// headline proper.
	var attached *html.Node
	var attachedText string
	for _, h := range s.meta.h1 {
		if !plausibleHeadline(h) {
			continue
		}
		text := nodeText(h)
		k := foldKey(text)
		for _, m := range metas {
			mk := foldKey(m)
			switch {
			case k == mk:
				return text, h
			case len(k) >= 10 && strings.Contains(mk, k) && len(k)*3 >= len(mk):
				return text, h
			case len(mk) >= 10 && strings.Contains(k, mk) && len(mk)*3 >= len(k)*2:
				return m, h
			}
		}
		if attached == nil && s.nearContent(h) && wordCount(text) >= 2 {
			attached, attachedText = h, text
		}
	}
	// Else the h1 that sits with the article body.
	if attached != nil {
		return attachedText, attached
	}
	for _, m := range metas {
		if m == docTitle {
			break
		}
		return s.stripSite(m), nil
	}
	return s.stripSite(docTitle), nil
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
	n := textLen(h)
	return n >= 2 && n <= 400
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
	host := ""
	if s.base != nil {
		host = strings.TrimPrefix(strings.ToLower(s.base.Hostname()), "www.")
		if i := strings.IndexByte(host, '.'); i > 0 {
			host = host[:i]
		}
	}
	isSite := func(part string) bool {
		k := foldKey(part)
		if k == "" {
			return false
		}
		nospace := strings.ReplaceAll(k, " ", "")
		return k == site || (host != "" && (nospace == host || strings.Contains(nospace, host) && len(k) < 40)) ||
			(site != "" && (strings.HasPrefix(k, site) || strings.HasSuffix(k, site)) && len(k) < len(site)+12)
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
	// Without a known site name, a short last part after " | " is still
	// the site's: headlines rarely end in one.
	if i := strings.LastIndex(t, " | "); i > 0 {
		head, tail := t[:i], t[i+3:]
		if wordCount(tail) <= 4 && wordCount(head) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return t
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

// isTitle reports whether a heading in the body repeats the headline.
func (s *state) isTitle(text string) bool {
	return s.art.Title != "" && foldKey(text) == foldKey(s.art.Title)
}
