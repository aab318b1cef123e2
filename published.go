package article

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedKeys are the meta tags that carry the publication time, most
// trusted first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"published_time", "publishdate", "publish-date", "publish_date", "pubdate", "date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "article_date_original",
	"cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "og:pubdate",
	"citation_publication_date", "citation_date", "datecreated", "release_date",
}

// modifiedKeys carry the time of the last update.
var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "datemodified", "last-modified",
	"dcterms.modified", "dc.date.modified", "article.updated", "lastmod", "revised",
}

// findDates reads the publication and update times. Sources in order of
// trust: JSON-LD, meta tags and microdata, <time> elements near the
// headline, date lines written out in text, and the URL's path.
func (s *state) findDates() (published, modified time.Time) {
	if s.ld != nil {
		published, _ = parseDateTime(s.ld.datePublished)
		modified, _ = parseDateTime(s.ld.dateModified)
	}
	if published.IsZero() {
		published = s.metaDate(publishedKeys, "datePublished", "dateCreated")
	}
	if modified.IsZero() {
		modified = s.metaDate(modifiedKeys, "dateModified")
	}
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
	// An update before the publication is a page error; keep the earlier
	// as the publication.
	if !modified.IsZero() && !published.IsZero() && modified.Before(published) {
		if published.Sub(modified) > 24*time.Hour {
			published, modified = modified, published
		}
	}
	return published, modified
}

func (s *state) metaDate(keys []string, itemprops ...string) time.Time {
	for _, k := range keys {
		for _, v := range s.meta.all(k) {
			if t, ok := parseDateTime(v); ok {
				return t
			}
		}
	}
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
	return time.Time{}
}

// timeElementDate reads the first <time datetime> that marks a
// publication, skipping those in comments and related boxes and those
// that mark an update.
func (s *state) timeElementDate() time.Time {
	var fallback time.Time
	for _, n := range s.meta.times {
		v := attr(n, "datetime")
		if v == "" || s.inFurniture(n) {
			continue
		}
		t, ok := parseDateTime(v)
		if !ok {
			continue
		}
		ci := classID(n) + " " + classID(n.Parent)
		if strings.Contains(ci, "updat") || strings.Contains(ci, "modif") {
			continue
		}
		if hasAttr(n, "pubdate") || strings.Contains(ci, "publish") || strings.Contains(ci, "pub") {
			return t
		}
		if fallback.IsZero() {
			fallback = t
		}
	}
	return fallback
}

// textDate reads a date written out in a date or byline element near the
// headline, in any of the languages parseTextDate knows.
func (s *state) textDate() time.Time {
	var fallback time.Time
	for _, n := range s.meta.dates {
		if s.inFurniture(n) || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		text := shortText(n, 300)
		if text == "" {
			continue
		}
		t, ok := parseTextDate(text)
		if !ok {
			continue
		}
		l := strings.ToLower(text)
		if strings.Contains(l, "updated") || strings.Contains(l, "aktualisiert") || strings.Contains(l, "mis à jour") {
			if fallback.IsZero() {
				fallback = t
			}
			continue
		}
		return t
	}
	if !fallback.IsZero() {
		return fallback
	}
	// Pages with no marked date line often put it beside the headline.
	if s.titleNode != nil {
		count := 0
		for n := nextInDocument(s.titleNode); n != nil && count < 40; n = nextInDocument(n) {
			if n.Type == html.TextNode {
				count++
				if t, ok := parseTextDate(n.Data); ok {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// shortText returns n's text, or "" when it is longer than limit.
func shortText(n *html.Node, limit int) string {
	if textLen(n) > limit {
		return ""
	}
	return nodeText(n)
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
