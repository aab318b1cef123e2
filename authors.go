package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxAuthors bounds the authors kept for one article.
const maxAuthors = 20

// findAuthors reads the byline and the authors. Sources in order of trust:
// the byline displayed near the headline, which names the authors as the
// reader sees them; JSON-LD, which also says who is an organisation and
// links profiles; meta tags; rel=author links.
func (s *state) findAuthors() (string, []Author) {
	line, lineNode := s.visibleByline()
	visible := s.namesIn(line, lineNode)

	var ld []Author
	if s.ld != nil {
		for _, a := range s.ld.authors {
			for _, n := range bylineNames(a.Name) {
				ld = append(ld, Author{Name: n, URL: a.URL, Organization: a.Organization})
			}
		}
	}
	var metaNames []Author
	for _, key := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "cxenseparse:author", "citation_author"} {
		for _, v := range s.meta.all(key) {
			if strings.Contains(v, "://") || strings.HasPrefix(v, "/") {
				continue
			}
			for _, n := range bylineNames(v) {
				metaNames = append(metaNames, Author{Name: n})
			}
		}
	}
	for _, n := range s.meta.itemprops {
		if ip := attr(n, "itemprop"); (ip == "author" || ip == "creator") && n.DataAtom != atom.Meta && n.DataAtom != atom.Link {
			name := nodeText(n)
			walk(n, func(c *html.Node) bool {
				if c != n && attr(c, "itemprop") == "name" {
					name = nodeText(c)
					if c.DataAtom == atom.Meta {
						name = attr(c, "content")
					}
					return false
				}
				return true
			})
			for _, nm := range bylineNames(name) {
				metaNames = append(metaNames, Author{Name: nm, URL: resolveURL(s.base, attr(n, "href"))})
			}
		}
	}
	var rel []Author
	for _, l := range s.meta.relAuthor {
		if l.node.DataAtom == atom.A {
			if name := cleanName(nodeText(l.node)); name != "" {
				rel = append(rel, Author{Name: name, URL: resolveURL(s.base, l.href)})
			}
		}
	}

	site := foldKey(s.art.SiteName)
	var chosen []Author
	for _, src := range [][]Author{visible, ld, metaNames, rel} {
		if list := s.filterAuthors(src, site); len(list) > 0 {
			chosen = list
			break
		}
	}
	// When the byline and JSON-LD name different people, the byline may
	// be a stray "author" element; trust JSON-LD.
	if len(visible) > 0 && len(ld) > 0 && !overlaps(visible, ld) {
		if l := s.filterAuthors(ld, site); len(l) > 0 {
			chosen = l
			line = ""
		}
	}
	// Fill in profile links and organisation flags from the other sources.
	for i := range chosen {
		for _, src := range [][]Author{ld, metaNames, rel} {
			for _, o := range src {
				if foldKey(o.Name) == foldKey(chosen[i].Name) {
					if chosen[i].URL == "" {
						chosen[i].URL = resolveURL(s.base, o.URL)
					}
					chosen[i].Organization = chosen[i].Organization || o.Organization
				}
			}
		}
		chosen[i].Organization = chosen[i].Organization || isAgency(chosen[i].Name) || looksLikeOrganization(chosen[i].Name)
	}
	if line != "" && len(chosen) == 0 {
		line = ""
	}
	return line, chosen
}

func overlaps(a, b []Author) bool {
	for _, x := range a {
		for _, y := range b {
			if foldKey(x.Name) == foldKey(y.Name) {
				return true
			}
		}
	}
	return false
}

// filterAuthors drops empty names, the site's own name (unless it is a
// wire agency), and repeats.
func (s *state) filterAuthors(list []Author, site string) []Author {
	var out []Author
	seen := map[string]bool{}
	for _, a := range list {
		a.Name = cleanName(a.Name)
		k := foldKey(a.Name)
		if k == "" || seen[k] || len(out) >= maxAuthors {
			continue
		}
		if site != "" && (k == site || strings.ReplaceAll(k, " ", "") == strings.ReplaceAll(site, " ", "")) && !isAgency(a.Name) {
			continue
		}
		seen[k] = true
		a.URL = resolveURL(s.base, a.URL)
		out = append(out, a)
	}
	return out
}

// visibleByline finds the byline element near the headline and returns its
// text as displayed.
func (s *state) visibleByline() (string, *html.Node) {
	for _, n := range s.meta.bylines {
		if s.inFurniture(n) {
			continue
		}
		// Take the outermost byline element: its children are parts of it.
		if hasAncestor(n, 6, func(p *html.Node) bool { return isBylineHint(classID(p)) }) {
			continue
		}
		text := bylineText(n)
		if text == "" || len(text) > 250 || len(bylineNames(text)) == 0 {
			continue
		}
		return displayedByline(text), n
	}
	return "", nil
}

// displayedByline trims a byline's text to the part that names people:
// "By AFP | September 30, 2023" gives "By AFP".
func displayedByline(text string) string {
	parts := splitAny(text, " | ", " • ", " · ", " — ")
	var keep []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if _, ok := parseTextDate(p); ok && len(bylineNames(p)) == 0 {
			continue
		}
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " | ")
}

func splitAny(s string, seps ...string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// namesIn returns the authors a displayed byline names, with the profile
// links of names that are links.
func (s *state) namesIn(line string, n *html.Node) []Author {
	if line == "" {
		return nil
	}
	names := bylineNames(line)
	out := make([]Author, 0, len(names))
	for _, name := range names {
		a := Author{Name: name}
		if n != nil {
			walk(n, func(c *html.Node) bool {
				if c.DataAtom == atom.A && a.URL == "" && strings.Contains(foldKey(nodeText(c)), foldKey(name)) {
					a.URL = resolveURL(s.base, attr(c, "href"))
				}
				return a.URL == ""
			})
		}
		out = append(out, a)
	}
	return out
}

// inFurniture reports whether n sits in a comment, related box, footer or
// navigation, where bylines and dates belong to other articles.
func (s *state) inFurniture(n *html.Node) bool {
	return hasAncestor(n, 24, func(p *html.Node) bool {
		switch p.DataAtom {
		case atom.Nav, atom.Footer:
			return true
		}
		h := hintsOf(p)
		if h&(hintRelated|hintPopular) != 0 && h&hintBody == 0 {
			return true
		}
		ci := classID(p)
		return strings.Contains(ci, "comment") || strings.Contains(ci, "sidebar") || strings.Contains(ci, "footer")
	})
}

// bylineText is a byline element's text without the dates, times and
// avatars that share its box.
func bylineText(n *html.Node) string {
	var t textBuilder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.write(c.Data)
			return false
		case html.ElementNode:
		default:
			return false
		}
		if c != n {
			if skipAlways(c) || isHidden(c) || c.DataAtom == atom.Time || hintsOf(c)&hintHiddenish != 0 {
				return false
			}
			if ci := classID(c); ci != "" && !isBylineHint(ci) && isDateHint(ci) && !strings.Contains(ci, "meta") {
				return false
			}
		}
		if isBlockLevel(c) {
			t.space()
		}
		return true
	})
	return strings.TrimSpace(t.String())
}
