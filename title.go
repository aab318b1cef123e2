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

	// An h1 that agrees with the metadata is the displayed headline.
	var firstH1 *html.Node
	var firstText string
	for _, h := range s.meta.h1 {
		if isHidden(h) || hasAncestor(h, 32, func(p *html.Node) bool { return skipAlways(p) || isHidden(p) }) {
			continue
		}
		text := nodeText(h)
		if len(text) < 2 || len(text) > 400 {
			continue
		}
		k := foldKey(text)
		for _, m := range metas {
			mk := foldKey(m)
			if k == mk || (len(k) >= 10 && strings.Contains(mk, k) && len(k)*3 >= len(mk)) ||
				(len(mk) >= 10 && strings.Contains(k, mk) && len(mk)*3 >= len(k)*2) {
				return text, h
			}
		}
		if firstH1 == nil && wordCount(text) >= 2 {
			firstH1, firstText = h, text
		}
	}
	for _, m := range metas {
		if m == docTitle {
			break
		}
		return s.stripSite(m), firstH1
	}
	if firstH1 != nil {
		return firstText, firstH1
	}
	return s.stripSite(docTitle), nil
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
