package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxAuthors bounds the authors kept for one article.
const maxAuthors = 20

// findAuthors reads the byline and the authors. Sources in order of trust:
// the byline displayed near the headline (a marked byline element, else a
// "By ..." line beside the headline), which names the authors as the
// reader sees them; JSON-LD, which also says who is an organisation and
// links profiles; meta tags, labelled twitter:data included; rel=author
// links. The site's own name is never an author; a wire agency that
// JSON-LD names as publisher of a story on another site is added as one.
func (s *state) findAuthors() (string, []Author) {
	line, lineNode := s.visibleByline()
	visible := s.namesIn(line, lineNode)

	var ld []Author
	if s.ld != nil {
		for _, a := range s.ld.authors {
			credits := s.credits(a.Name)
			if len(credits) == 0 && a.Organization {
				// An organisation's name is not a byline: "Contributors
				// to Example Projects" is kept as JSON-LD gives it.
				if n := organizationName(a.Name); n != "" {
					ld = append(ld, Author{Name: n, URL: a.URL, Organization: true})
				}
			}
			for _, c := range credits {
				ld = append(ld, Author{Name: c.name, URL: a.URL, Organization: a.Organization || c.org})
			}
		}
	}
	// The first key that names someone decides: the keys repeat one
	// another, and where they differ the Dublin Core creator is the
	// document's own statement and a bare "author" tag the template's.
	var metaNames []Author
	// profiles are the addresses the author keys give in place of a
	// name: Open Graph's article:author is defined as the author's
	// profile URL.
	var profiles []string
	for _, key := range []string{"dc:creator", "dcterms:creator", "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "cxenseparse:author", "citation_author"} {
		for _, v := range s.meta.all(key) {
			// A profile address in place of a name names nobody; one
			// after the name ("Jane Doe (https://example.org/jane)") is
			// dropped with the other addresses of bylines.
			if v = strings.TrimSpace(v); strings.HasPrefix(v, "/") || strings.Contains(v, "://") && !strings.Contains(v[:strings.Index(v, "://")], " ") {
				if u := resolveURL(s.base, v); u != "" && len(profiles) < maxAuthors {
					profiles = append(profiles, u)
				}
				continue
			}
			for _, c := range s.credits(v) {
				metaNames = append(metaNames, Author{Name: c.name, Organization: c.org})
			}
		}
		if len(metaNames) > 0 {
			break
		}
	}
	for _, v := range s.labelledAuthors() {
		for _, c := range s.credits(v) {
			metaNames = append(metaNames, Author{Name: c.name, Organization: c.org})
		}
	}
	for _, n := range s.meta.itemprops {
		if ip := attr(n, "itemprop"); (ip == "author" || ip == "creator") && n.DataAtom != atom.Meta && n.DataAtom != atom.Link {
			metaNames = append(metaNames, s.microdataAuthors(n)...)
		}
	}
	var rel []Author
	for _, l := range s.meta.relAuthor {
		if l.node.DataAtom == atom.A {
			if name := s.cleanName(nodeText(l.node)); name != "" {
				rel = append(rel, Author{Name: name, URL: resolveURL(s.base, l.href)})
			}
		}
	}

	var chosen []Author
	for i, src := range [][]Author{visible, ld, metaNames, rel} {
		if list := s.filterAuthors(src, i == 0); len(list) > 0 {
			chosen = list
			break
		}
	}
	if len(chosen) == 0 {
		for _, src := range [][]Author{s.profileLinks(profiles), s.labelledByline()} {
			if list := s.filterAuthors(src, false); len(list) > 0 {
				chosen = list
				break
			}
		}
	}
	// A byline that credits only the site itself ("Example Contributor",
	// "By Example") is a template's stand-in when the metadata names the
	// person who wrote the story.
	if len(chosen) > 0 && len(visible) > 0 && s.onlySiteName(chosen) {
		for _, src := range [][]Author{ld, metaNames, rel} {
			if l := s.filterAuthors(src, false); len(l) > 0 && !allOrganizations(l) {
				chosen, line = l, ""
				break
			}
		}
	}
	// When the byline and JSON-LD name different people, the byline may
	// be a stray "author" element; trust JSON-LD. JSON-LD that gives the
	// author's account name ("janedoe") names the byline's person. A line
	// that credits people named in full with a byline phrase ("Von Jane
	// Doe") is no stray.
	if len(visible) > 0 && len(ld) > 0 && !overlapsLoosely(visible, ld) &&
		(!opensWithBylinePhrase(line) || !s.namesPeopleOnly(line)) {
		if l := s.filterAuthors(ld, false); len(l) > 0 {
			chosen = l
			line = ""
		}
	}
	// Fill in profile links and organisation flags from the other sources.
	for i := range chosen {
		key := foldKey(chosen[i].Name)
		for _, src := range [][]Author{ld, metaNames, rel} {
			for _, o := range src {
				if foldKeyIs(o.Name, key) {
					// The metadata's profile link is the canonical one; a
					// displayed link often carries tracking parameters.
					if u := resolveURL(s.base, o.URL); chosen[i].URL == "" || u != "" && sameURLPath(u, chosen[i].URL) {
						chosen[i].URL = u
					}
					chosen[i].Organization = chosen[i].Organization || o.Organization
				}
			}
		}
		chosen[i].Organization = chosen[i].Organization || looksLikeOrganization(chosen[i].Name) ||
			s.opensWithSiteName(chosen[i].Name)
	}
	markOutlets(chosen)
	// Wire copy: a page whose JSON-LD names a wire agency as publisher,
	// on a site that is not the agency's own, carries the agency's story.
	if s.ld != nil && isAgency(s.ld.publisher) && !s.isAgencySite(s.ld.publisher) && len(chosen) < maxAuthors {
		pub := clean(s.ld.publisher)
		if !overlaps(chosen, []Author{{Name: pub}}) && !creditsAgency(chosen, pub) {
			chosen = append(chosen, Author{Name: pub, Organization: true})
		}
	}
	if line != "" && len(chosen) == 0 {
		line = ""
	}
	return line, chosen
}

// profileLinks returns the authors whose profile addresses the metadata
// gives in place of their names (see profiles in findAuthors), named by
// the page's links to those addresses: the first link to each whose text
// is a name, outside furniture and other stories' cards.
func (s *state) profileLinks(profiles []string) []Author {
	if len(profiles) == 0 {
		return nil
	}
	want := make(map[string]bool, len(profiles))
	for _, p := range profiles {
		want[strings.TrimSuffix(p, "/")] = true
	}
	var out []Author
	walk(s.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || skipAlways(n) {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom != atom.A {
			return true
		}
		u := strings.TrimSuffix(resolveURL(s.base, attr(n, "href")), "/")
		if !want[u] || s.inFurniture(n) || s.inOtherArticle(n) {
			return false
		}
		if names := s.credits(nodeText(n)); len(names) == 1 {
			out = append(out, Author{Name: names[0].name, URL: u, Organization: names[0].org})
			delete(want, u)
		}
		return false
	})
	return out
}

// microdataAuthors reads a schema.org author or creator given in
// microdata: the item's name property, else its text; its url property,
// else its own link; and, from its itemtype, whether it is an
// Organization (or a subtype) or a Person.
func (s *state) microdataAuthors(n *html.Node) []Author {
	name, href := nodeText(n), attr(n, "href")
	named, linked := false, false
	walk(n, func(c *html.Node) bool {
		if c == n {
			return true
		}
		if hasAttr(c, "itemscope") {
			// A nested item (the author's employer) has its own name.
			return false
		}
		switch attr(c, "itemprop") {
		case "name":
			if !named {
				name, named = nodeText(c), true
				if c.DataAtom == atom.Meta {
					name = attr(c, "content")
				}
			}
		case "url":
			if !linked {
				href, linked = attr(c, "href"), true
				if c.DataAtom == atom.Meta {
					href = attr(c, "content")
				}
			}
		}
		return !named || !linked
	})
	org, person := false, false
	for t := range strings.FieldsSeq(attr(n, "itemtype")) {
		switch k := ldTypeName(t); {
		case k == "person":
			person = true
		case isOrganizationType(k):
			org = true
		}
	}
	var out []Author
	for _, c := range s.credits(name) {
		out = append(out, Author{Name: c.name, URL: resolveURL(s.base, href), Organization: (org || c.org) && !person})
	}
	return out
}

// inOtherArticle reports whether n sits in an <article> element that
// holds neither the headline nor the body: a teaser card for another
// story.
func (s *state) inOtherArticle(n *html.Node) bool {
	if n == nil || s.titleNode == nil {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Article {
			if contains(p, s.titleNode) {
				return false
			}
			for _, c := range s.contentNodes {
				if contains(p, c) || contains(c, p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// organizationName returns an organisation's name as JSON-LD gives it,
// with white space folded, or "" when it is too long to be a name, holds
// an address or digits, or is a site's address ("Example.at").
func organizationName(name string) string {
	name = foldSpaceRunes(name)
	if n := utf8.RuneCountInString(name); n < 2 || n > maxNameRunes || len(strings.Fields(name)) > maxNameWords ||
		strings.ContainsAny(name, "0123456789@/") || isDomainName(name) {
		return ""
	}
	return name
}

// allOrganizations reports whether every name of list reads as an
// organisation other than a wire agency.
func allOrganizations(list []Author) bool {
	for _, a := range list {
		if !(a.Organization || looksLikeOrganization(a.Name)) || isAgency(a.Name) {
			return false
		}
	}
	return true
}

// markOutlets flags as organisations the one-word names that follow a
// full personal name in a byline: "Jane Doe, Futurism" credits the outlet
// the story first ran in, and people are credited by full name.
//
// Names in Chinese, Japanese and Korean script are written without
// spaces, full names included, so they are people here.
func markOutlets(list []Author) {
	person := false
	for i := range list {
		cjk := isCJKName(list[i].Name)
		single := !strings.Contains(list[i].Name, " ") && !cjk
		if person && single && !list[i].Organization && utf8.RuneCountInString(list[i].Name) > 2 {
			list[i].Organization = true
		}
		if !single && !list[i].Organization {
			person = true
		}
	}
}

// isCJKName reports whether name is written in Han, Hiragana, Katakana
// or Hangul script, which set no spaces between given and family names.
func isCJKName(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// onlySiteName reports whether every name of list is the site's own.
func (s *state) onlySiteName(list []Author) bool {
	for _, a := range list {
		if !s.isSiteName(a.Name) {
			return false
		}
	}
	return true
}

// isSiteName reports whether name is the site's own name: its og:site_name
// or the first part of one that carries a tagline ("Site | Tagline"), or
// the host name's main label ("example" for www.example.com).
func (s *state) isSiteName(name string) bool {
	// No key is empty (see siteNameKeys), so a name without letters or
	// digits is none of them.
	for _, site := range s.siteKeys {
		if compactKeyIs(name, site) {
			return true
		}
	}
	return false
}

// siteNameKeys returns the compactKey forms isSiteName compares a name
// with, which the site name and address fix for the parse.
func (s *state) siteNameKeys() []string {
	keys := make([]string, 0, 4)
	add := func(k string) {
		if k != "" {
			keys = append(keys, k)
		}
	}
	site := s.art.SiteName
	add(compactKey(site))
	for _, sep := range titleSeparators {
		if i := strings.Index(site, sep); i > 0 {
			add(compactKey(site[:i]))
		}
	}
	if host := s.hostLabel(); host != "" {
		add(host)
		add(strings.ReplaceAll(host, "-", ""))
	}
	return keys
}

// opensWithSiteName reports whether name is the site's name followed by
// one or two more words: a desk or section of the publication credited as
// the author ("Example Business", "Example Sports Desk"), which mastheads
// name after the site (see isSiteName).
func (s *state) opensWithSiteName(name string) bool {
	words := strings.Fields(name)
	for k := 1; k <= 2 && k < len(words); k++ {
		if len(words)-k <= 2 && s.isSiteName(strings.Join(words[:k], " ")) {
			return true
		}
	}
	return false
}

// isAgencySite reports whether the page is on the agency's own site: its
// meta tags name the agency as the site, or its host name is one of the
// agency's names ("reuters.com", "apnews.com"). The site name that
// siteName falls back to is the JSON-LD publisher itself, so it does not
// count.
func (s *state) isAgencySite(agency string) bool {
	if v := s.meta.get("og:site_name", "application-name"); v != "" && sameAgency(v, agency) {
		return true
	}
	host := s.hostLabel()
	return host != "" && (sameAgency(host, agency) || sameAgency(strings.ReplaceAll(host, "-", " "), agency))
}

// sameURLPath reports whether a and b differ at most in their query and
// fragment.
func sameURLPath(a, b string) bool {
	cut := func(s string) string {
		if i := strings.IndexAny(s, "?#"); i >= 0 {
			return s[:i]
		}
		return s
	}
	return strings.TrimSuffix(cut(a), "/") == strings.TrimSuffix(cut(b), "/")
}

// overlapsLoosely is overlaps comparing names without their spaces and
// punctuation, so that an account name ("janedoe", "jane.doe") matches
// the displayed "Jane Doe".
func overlapsLoosely(a, b []Author) bool {
	for _, x := range a {
		kx := compactKey(x.Name)
		if kx == "" {
			continue
		}
		for _, y := range b {
			if compactKeyIs(y.Name, kx) {
				return true
			}
		}
	}
	return false
}

// compactKey is foldKey without spaces.
func compactKey(s string) string {
	return strings.ReplaceAll(foldKey(s), " ", "")
}

// compactKeyIs reports whether compactKey(s) == key, comparing each letter
// or digit of s, lower-cased, as it reads it: compactKey is the lower-cased
// letters and digits, and a name differs from a key in its first letters.
func compactKeyIs(s, key string) bool {
	k := 0
	for _, r := range s {
		l := foldRune(r)
		if l == 0 || l == ' ' {
			continue
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], l)
		if len(key)-k < n || key[k:k+n] != string(buf[:n]) {
			return false
		}
		k += n
	}
	return k == len(key)
}

// opensWithBylinePhrase reports whether a displayed byline opens with a
// phrase such as "By", "Von" or "Written by".
func opensWithBylinePhrase(line string) bool {
	tokens := strings.Fields(line)
	if n, _ := matchBylinePhrase(tokens, bylineStrictPrefixes); n > 0 {
		return true
	}
	n, _ := matchBylinePhrase(tokens, bylineLoosePrefixes)
	return n > 0
}

// creditsAgency reports whether list names the agency under any of its
// names ("AP", "Associated Press").
func creditsAgency(list []Author, agency string) bool {
	for _, a := range list {
		if sameAgency(a.Name, agency) {
			return true
		}
	}
	return false
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

// filterAuthors drops empty names and repeats, and the site's own name
// (see isSiteName) unless it is a wire agency or displayed is set. A
// displayed byline that credits the publication ("By Example News",
// "Jane Doe · Example News") names it as an organisation author; in the
// metadata the site's name fills a field the template requires and
// credits no one.
func (s *state) filterAuthors(list []Author, displayed bool) []Author {
	var out []Author
	seen := map[string]bool{}
	for _, a := range list {
		if n := s.cleanName(a.Name); n != "" || !a.Organization {
			a.Name = s.trimSiteSuffix(n)
		}
		k := foldKey(a.Name)
		if k == "" || seen[k] || len(out) >= maxAuthors {
			continue
		}
		if s.isSiteName(a.Name) && !isAgency(a.Name) {
			if !displayed {
				continue
			}
			a.Organization = true
		}
		seen[k] = true
		a.URL = resolveURL(s.base, a.URL)
		out = append(out, a)
	}
	return out
}

// trimSiteSuffix removes the site's name, alone or before "Staff", from
// the end of a personal name: "Jane Doe Example Post Staff", "Jane Doe
// ExamplePost" credit the site as the author's employer.
func (s *state) trimSiteSuffix(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	end := len(words)
	if strings.EqualFold(words[end-1], "staff") {
		end--
	}
	for k := 1; k <= 3 && end-k >= 2; k++ {
		if s.isSiteName(strings.Join(words[end-k:end], " ")) {
			return strings.Join(words[:end-k], " ")
		}
	}
	return name
}

// labelledAuthors returns the values of the twitter:dataN meta tags whose
// twitter:labelN says they name the author ("Written by", "Verfasst von",
// "Écrit par"): blog engines fill these in the site's language.
func (s *state) labelledAuthors() []string {
	var out []string
	for i := 1; i <= 4; i++ {
		d := strconv.Itoa(i)
		label := strings.Fields(s.meta.get("twitter:label" + d))
		if len(label) == 0 || len(label) > 3 {
			continue
		}
		n, _ := matchBylinePhrase(label, bylineStrictPrefixes)
		if n != len(label) {
			if n, _ = matchBylinePhrase(label, bylineLoosePrefixes); n != len(label) {
				continue
			}
		}
		if v := s.meta.get("twitter:data" + d); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// labelledByline reads the authors of the first line labelled as naming
// them ("Von: Jane Doe", "Text: Jane Doe", "Written by Jane Doe on ...")
// outside comments and related boxes: pages without a marked byline sign
// their articles so, often at the end. It is the last source tried.
func (s *state) labelledByline() []Author {
	for _, n := range s.meta.labelled {
		if lineLabel(n.Data) != labelAuthor {
			continue
		}
		line := labelledLine(n, maxBylineLine)
		if line == nil || s.inFurniture(line) {
			continue
		}
		// A label without a colon on its own ("<h4>Autor</h4>") is also
		// a heading's word, so what it labels must name people in full.
		_, rest := lineLabelRest(n.Data)
		alone := strings.Trim(rest, " \t\r\n\u00a0:") == ""
		bare := alone && isBareAuthorLabel(n.Data)
		text := s.displayedByline(s.bylineText(line))
		if bare {
			// The label word is no part of the name: "Autorin Jane Doe".
			if l := strings.TrimSpace(n.Data); len(text) >= len(l) && strings.EqualFold(text[:len(l)], l) {
				text = strings.TrimSpace(text[len(l):])
			}
		}
		if !bare || s.namesPeopleOnly(text) {
			if names := s.namesIn(text, line); len(names) > 0 {
				return names
			}
		}
		// A label on its own heads the element after it.
		if alone {
			if next := nextElementSibling(line); next != nil && !s.textLongerThan(next, maxBylineLine) {
				if text := s.displayedByline(s.bylineText(next)); s.namesPeopleOnly(text) {
					return s.namesIn(text, next)
				}
			}
		}
	}
	return nil
}

// visibleByline finds the byline element near the headline and returns its
// text as displayed. Without a marked one, it takes a short line beside the
// headline that opens with "By", "Von", "Par" and the like.
func (s *state) visibleByline() (string, *html.Node) {
	if line, n := s.markedByline(); line != "" {
		return line, n
	}
	return s.bylineBesideHeadline()
}

// maxBylineLine is the longest line read as an unmarked byline.
const maxBylineLine = 120

// bylineBesideHeadline looks at the few lines after the headline (and the
// kicker lines just before it) for one that opens with a byline phrase.
func (s *state) bylineBesideHeadline() (string, *html.Node) {
	h := s.bylineHeadlineNode()
	if h == nil {
		return "", nil
	}
	// A line that opens with a date and names a person after a
	// separator ("04.02.2022 | 13:10 Uhr | Jane Doe") is taken when no
	// line opens with a byline phrase.
	var dated string
	var datedNode *html.Node
	try := func(n *html.Node, after bool) (string, *html.Node) {
		if n.Type != html.TextNode || strings.TrimSpace(n.Data) == "" || n.Parent == nil {
			return "", nil
		}
		p := n.Parent
		// "By <a>Jane Doe</a>": the line is the parent's text. One
		// measure of each element tells both a word of three letters at
		// most and a line too long.
		l := s.lineLen(p)
		for p.Parent != nil && !isBlockLevel(p) && l <= 3 {
			p = p.Parent
			l = s.lineLen(p)
		}
		if l > maxBylineLine {
			return "", nil
		}
		// A line in furniture or in another story's card is that
		// story's; asked only of a line that reads as a byline, as most
		// lines near the headline do not.
		aside := func() bool { return s.inFurniture(p) || s.inOtherArticle(p) }
		text := s.bylineText(p)
		tokens := strings.Fields(text)
		// "06.11.2023 13:30 von Jane Doe": the phrase may follow a date.
		rest := tokens[leadingDate(tokens):]
		if k, _ := matchBylinePhrase(rest, bylineStrictPrefixes); k == 0 {
			if k, _ = matchBylinePhrase(rest, bylineLoosePrefixes); k == 0 {
				if datedNode == nil && len(text) <= maxDatedByline &&
					opensWithDate(tokens) && !aside() && s.namesPeopleOnly(text) {
					dated, datedNode = s.displayedByline(text), p
				}
				return "", nil
			}
		}
		if aside() || len(s.bylineNames(text)) == 0 {
			return "", nil
		}
		return s.displayedByline(text), p
	}
	count := 0
	for n := nextInDocument(h); n != nil && count < 40; n = nextInDocument(n) {
		if n.Type == html.TextNode {
			count++
			if line, p := try(n, true); line != "" {
				return line, p
			}
		}
	}
	count = 0
	for n := prevInDocument(h); n != nil && count < 8; n = prevInDocument(n) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Body || n.DataAtom == atom.Nav) {
			break
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			count++
			if line, p := try(n, false); line != "" {
				return line, p
			}
		}
	}
	return dated, datedNode
}

// lineLen is the length of n's text, read only until it passes
// maxBylineLine (see textLenPast), or the whole length when the parse
// knows it: either tells whether the text is longer than any bound up
// to maxBylineLine.
func (s *state) lineLen(n *html.Node) int {
	if l, ok := s.lens.of[n]; ok {
		return l
	}
	return textLenPast(n, maxBylineLine)
}

// leadingDate returns how many of tokens make the numeric date and time
// that open them ("06.11.2023 13:30 Uhr"), 0 when they open otherwise.
func leadingDate(tokens []string) int {
	if len(tokens) == 0 || !isDateToken(tokens[0]) || !strings.ContainsAny(tokens[0], "./-") {
		return 0
	}
	n := 1
	for n < len(tokens) && n < 4 && (isDateToken(tokens[n]) || isDateWord(tokens[n])) {
		n++
	}
	return n
}

// maxDatedByline is the longest line that opens with a date read as a
// byline.
const maxDatedByline = 80

// opensWithDate reports whether a line's words open with a numeric date
// ("04.02.2022", "2022-02-04") and a separator follows before its last
// word: "04.02.2022 | 13:10 Uhr | Jane Doe", "25.10.2022 - Jane Doe".
func opensWithDate(tokens []string) bool {
	if len(tokens) < 3 || !isDateToken(tokens[0]) || !strings.ContainsAny(tokens[0], "./-") {
		return false
	}
	for _, t := range tokens[1 : len(tokens)-1] {
		switch t {
		case "|", "-", "–", "—", "·", "•":
			return true
		}
	}
	return false
}

// namesPeopleOnly reports whether text names one to three people, each by
// two or more capitalised words, and nothing else: the test for a line
// that no byline phrase introduces.
func (s *state) namesPeopleOnly(text string) bool {
	names := s.bylineNames(text)
	if len(names) == 0 || len(names) > 3 {
		return false
	}
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) < 2 || len(words) > 4 || looksLikeOrganization(n) || s.isSiteName(n) {
			return false
		}
		for _, w := range words {
			if !isNameWord(strings.TrimSuffix(w, ".")) {
				return false
			}
		}
	}
	return true
}

// markedByline finds the element whose class or id marks a byline.
func (s *state) markedByline() (string, *html.Node) {
	// silent holds the candidates whose text named no one.
	var silent map[*html.Node]bool
	for i, n := range s.meta.bylines {
		// A byline in another story's teaser card names that story's
		// author.
		if s.inFurniture(n) || s.inOtherArticle(n) {
			continue
		}
		// Take the outermost byline element: its children are parts of
		// it. A child is read only when the element around it named no
		// one: its text ran the name into an author box's links. An
		// ancestor met earlier was rejected only when it is a wrapper far
		// up, so only close ones count.
		if hasAncestor(n, 3, func(p *html.Node) bool { return !silent[p] && isBylineHint(classID(p)) && !s.textLongerThan(p, 400) }) {
			continue
		}
		if s.textLongerThan(n, 400) {
			// An author box or a whole article marked "author": no
			// byline is this long, so its text need not be built.
			continue
		}
		text := s.bylineText(n)
		if text == "" || len(text) > 250 {
			continue
		}
		if len(s.bylineNames(text)) > 0 {
			return s.wholeByline(n, s.displayedByline(text), s.meta.bylines[i+1:])
		}
		// A byline of separate elements whose text runs together: the
		// name, then the author box's menu ("Jane Doe Biography Email").
		if line := s.peopleParts(s.bylineParts(n)); line != "" {
			return line, n
		}
		if silent == nil {
			silent = make(map[*html.Node]bool)
		}
		silent[n] = true
	}
	return "", nil
}

// maxBylineKin is how many levels above a marked byline element the
// parent it shares with the next author's marked element may sit: the
// name's element and its wrapper ("<li><a class=author>"). Set by hand
// from that markup.
const maxBylineKin = 2

// wholeByline widens the marked byline element n, whose displayed text
// names someone, to the whole byline when pages mark each author's name
// in an element of its own: "By <a class=author>Jane Doe</a> and <a
// class=author>John Roe</a>". The marked elements that follow n close by
// (see maxBylineKin), joined to it as co-authors are (see
// joinedAsCoauthors) and each holding nothing but a new person's name,
// are its co-authors. later are the byline candidates after n in page
// order.
func (s *state) wholeByline(n *html.Node, text string, later []*html.Node) (string, *html.Node) {
	if !s.onlyNames(text) {
		return text, n
	}
	parts := []*html.Node{n}
	texts := []string{text}
	names := s.credits(text)
	for _, m := range later {
		if innerPart(parts, m) {
			continue
		}
		if s.inFurniture(m) || s.inOtherArticle(m) || !kin(parts[len(parts)-1], m, maxBylineKin) {
			break
		}
		t := s.displayedByline(s.bylineText(m))
		if t == "" {
			continue
		}
		// A repeated name is the same author's box, or a list of
		// stories by the same people.
		if !s.onlyNames(t) || creditsAny(names, s.credits(t)) || !joinedAsCoauthors(parts[len(parts)-1], m) {
			break
		}
		parts, texts, names = append(parts, m), append(texts, t), append(names, s.credits(t)...)
	}
	if len(parts) == 1 {
		return text, n
	}
	// The line that holds them shows the byline as the page does ("By
	// Jane Doe and John Roe").
	if line := s.bylineLineOf(parts); line != nil {
		if lt := s.displayedByline(s.bylineText(line)); sameCredits(s.credits(lt), names) {
			return lt, line
		}
	}
	return strings.Join(texts, ", "), parts[0].Parent
}

// innerPart reports whether m sits inside one of the nodes.
func innerPart(nodes []*html.Node, m *html.Node) bool {
	for _, p := range nodes {
		if contains(p, m) {
			return true
		}
	}
	return false
}

// kin reports whether a and b share a parent at most levels above a.
func kin(a, b *html.Node, levels int) bool {
	for p := a.Parent; p != nil && levels > 0; p, levels = p.Parent, levels-1 {
		if contains(p, b) {
			return true
		}
	}
	return false
}

// bylineLineOf returns the nearest element that holds every one of
// parts, or the block-level line around it when it is inline; nil when
// that line is long, holds the headline or is furniture.
func (s *state) bylineLineOf(parts []*html.Node) *html.Node {
	line := parts[0]
	for _, p := range parts[1:] {
		for !contains(line, p) {
			if line = line.Parent; line == nil {
				return nil
			}
		}
	}
	for k := 0; line != nil && !isBlockLevel(line) && k < maxBylineKin; k++ {
		line = line.Parent
	}
	if line == nil || line.Type != html.ElementNode || s.textLongerThan(line, maxBylineLine) ||
		s.titleNode != nil && contains(line, s.titleNode) || s.inFurniture(line) {
		return nil
	}
	return line
}

// sameCredits reports whether a and b credit the same names.
func sameCredits(a, b []credit) bool {
	if len(a) != len(b) {
		return false
	}
	for _, c := range a {
		if !creditsAny(b, []credit{c}) {
			return false
		}
	}
	return true
}

// maxJoinNodes bounds the nodes read between two authors' elements.
const maxJoinNodes = 12

// joinedAsCoauthors reports whether the page's text between the element a
// and the later element b is only what joins co-authors in a byline: a
// comma, "&" or a conjunction ("and", "und", "et", "y"). Elements set
// apart by nothing, or by other words, are no one byline.
func joinedAsCoauthors(a, b *html.Node) bool {
	var text strings.Builder
	n := nextAfter(a, nil)
	for k := 0; n != nil && n != b && k < maxJoinNodes; k++ {
		if contains(n, b) {
			n = n.FirstChild
			continue
		}
		text.WriteString(nodeText(n))
		text.WriteByte(' ')
		n = nextAfter(n, nil)
	}
	if n != b {
		return false
	}
	words := strings.FieldsFunc(text.String(), func(r rune) bool { return r == ',' || r == ' ' || r == '\u00a0' })
	if len(words) == 0 {
		return strings.Contains(text.String(), ",")
	}
	for _, w := range words {
		if w != "&" && !isBylineConjunction(w) {
			return false
		}
	}
	return true
}

// onlyNames reports whether a byline part holds people's names and
// nothing else but a byline phrase: "Jane Doe", "By Jane Doe", not "Jane
// Doe, Politics" or "Jane Doe More from Jane Doe".
func (s *state) onlyNames(text string) bool {
	if !s.namesPeopleOnly(text) {
		return false
	}
	var b strings.Builder
	for _, c := range s.credits(text) {
		b.WriteString(c.name)
	}
	tokens := strings.Fields(text)
	if k, _ := matchBylinePhrase(tokens, bylineStrictPrefixes); k > 0 {
		tokens = tokens[k:]
	} else if k, _ := matchBylinePhrase(tokens, bylineLoosePrefixes); k > 0 {
		tokens = tokens[k:]
	}
	rest := strings.Join(tokens, " ")
	for _, w := range []string{" and ", " & ", ","} {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	return compactKeyIs(rest, compactKey(b.String()))
}

// creditsAny reports whether one of b's names is among a's.
func creditsAny(a, b []credit) bool {
	for _, x := range b {
		kx := foldKey(x.name)
		for _, y := range a {
			if foldKeyIs(y.name, kx) {
				return true
			}
		}
	}
	return false
}

// peopleParts returns the parts of a byline read element by element (see
// bylineParts) that name people only, joined by " | ": "By | Jane Doe |
// Biography @jdoe | John Roe" gives "Jane Doe | John Roe". It stops at a
// part that names something else, and returns "" when no part names
// people.
func (s *state) peopleParts(parts string) string {
	var keep []string
	for _, p := range strings.Split(parts, " | ") {
		switch {
		case len(s.bylineNames(p)) == 0:
		case s.namesPeopleOnly(p):
			keep = append(keep, strings.TrimSpace(p))
		default:
			return strings.Join(keep, " | ")
		}
	}
	return strings.Join(keep, " | ")
}

// displayedByline trims a byline's text to the part that names people:
// "By AFP | September 30, 2023" gives "By AFP". Whether a part that reads
// as a date names someone is read from the credits kept for the parse: a
// line without separators is its own part, and its credits are read anyway.
func (s *state) displayedByline(text string) string {
	parts := splitAny(text, " | ", " • ", " · ", " — ")
	var keep []string
	for _, p := range parts {
		// A separator the split left at either end of the line ("Jane
		// Doe ·" before a date that was removed) is no part of it.
		p = strings.Trim(p, " |•·—–,;/-")
		if _, ok := parseTextDate(p); ok && len(s.bylineNames(p)) == 0 {
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
		if !strings.Contains(s, sep) {
			// The parts are pieces of s: none holds sep.
			continue
		}
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
	credits := s.credits(line)
	if n != nil {
		// A byline built of separate elements ("<a>Jane Doe</a> <span>
		// Agency</span>") names one party per element, though its text
		// runs them together.
		if parts := s.credits(s.bylineParts(n)); len(parts) > len(credits) && s.namesAnOrganization(parts) {
			credits = parts
		}
	}
	credits = dropLeadingLabel(credits)
	out := make([]Author, 0, len(credits))
	for _, c := range credits {
		a := Author{Name: c.name, Organization: c.org}
		if n != nil {
			key := foldKey(c.name)
			walk(n, func(c *html.Node) bool {
				if c.DataAtom == atom.A && a.URL == "" && strings.Contains(foldKey(nodeText(c)), key) {
					a.URL = resolveURL(s.base, attr(c, "href"))
				}
				return a.URL == ""
			})
		}
		out = append(out, a)
	}
	return out
}

// dropLeadingLabel drops a one-word name that opens a byline whose
// later names are people's full names: the line's section or kicker
// ("Politik · Jane Doe, John Roe"), as people are credited by full name.
// A wire agency or an acronym ("AFP · Jane Doe") stays.
func dropLeadingLabel(credits []credit) []credit {
	if len(credits) < 2 || credits[0].org || strings.Contains(credits[0].name, " ") ||
		isAgency(credits[0].name) || isAcronym(credits[0].name) {
		return credits
	}
	for _, c := range credits[1:] {
		if !c.org && strings.Contains(c.name, " ") {
			return credits[1:]
		}
	}
	return credits
}

// inFurniture reports whether n sits in a comment, related box, footer or
// navigation, where bylines and dates belong to other articles.
func (s *state) inFurniture(n *html.Node) bool {
	return hasAncestor(n, 24, s.isFurniture)
}

// isFurniture reports whether p itself is a comment, related box, footer
// or navigation. The candidates for bylines and dates share ancestors, so
// the answers are kept for the parse.
func (s *state) isFurniture(p *html.Node) bool {
	switch p.DataAtom {
	case atom.Nav, atom.Footer:
		return true
	case atom.Body, atom.Html:
		// Their classes describe the page's layout ("has-sidebar",
		// "comments-open"), not a box within it.
		return false
	}
	if v, ok := s.furniture[p]; ok {
		return v
	}
	v := s.furnitureBox(p)
	if s.furniture == nil {
		s.furniture = make(map[*html.Node]bool)
	}
	s.furniture[p] = v
	return v
}

// furnitureBox is isFurniture for an element its tag does not decide.
func (s *state) furnitureBox(p *html.Node) bool {
	h := s.hints.of(p)
	if h&(hintRelated|hintPopular) != 0 && h&hintBody == 0 {
		return true
	}
	if !classHas(p, "comment", "sidebar", "footer") || !isFurnitureClass(classID(p)) {
		return false
	}
	// A footer or sidebar inside an <article> element is the article's
	// own, which holds its byline and date ("footerrow" of a grid, a
	// podcast's credits column).
	return classHas(p, "comment") ||
		!hasAncestor(p, 24, func(q *html.Node) bool { return q.DataAtom == atom.Article })
}

// isFurnitureClass reports whether a class/id string marks comments, a
// sidebar or a footer. The article's own footer ("entry-footer",
// "post-footer") holds its byline, and a layout flag ("with-sidebar",
// "has-comments") says nothing about the box itself.
func isFurnitureClass(ci string) bool {
	for tok := range strings.FieldsSeq(ci) {
		if !strings.Contains(tok, "comment") && !strings.Contains(tok, "sidebar") && !strings.Contains(tok, "footer") {
			continue
		}
		own := false
		for _, p := range [...]string{"post-", "entry-", "article-", "story-", "with-", "has-", "no-", "single-"} {
			if strings.HasPrefix(tok, p) {
				own = true
				break
			}
		}
		// A layout flag may also be written in camel case, which classID
		// lower-cases: "withSidebar", "hasComments".
		own = own || strings.HasPrefix(tok, "with") || strings.HasPrefix(tok, "has")
		if !own && !strings.Contains(tok, "__with") && !strings.Contains(tok, "-with-") {
			return true
		}
	}
	return false
}

// bylineText is a byline element's text without the dates, times,
// avatars and biographies that share its box.
func (s *state) bylineText(n *html.Node) string {
	return partedText(n, func(c *html.Node) bool {
		if skipAlways(c) || isHidden(c) || c.DataAtom == atom.Time || s.hints.of(c)&hintHiddenish != 0 || isTagLink(c) || isShareTool(c) {
			return true
		}
		// The date hint is the cheap test, and few elements carry one.
		ci := classID(c)
		return ci != "" && (isDateHint(ci) && !strings.Contains(ci, "meta") && !isBylineHint(ci) || isBioClass(ci))
	})
}

// isBioClass reports whether a class/id string marks an author's
// biography, as author boxes set it beside the name: WordPress themes'
// "author-bio" and "author-description", "bio" and "about-author"
// blocks, the microformats h-card's "p-note".
func isBioClass(ci string) bool {
	// The words hold no space: one is in a token when it is in ci.
	return strings.Contains(ci, "bio") || strings.Contains(ci, "description") ||
		strings.Contains(ci, "about") || hasWord(ci, "p-note")
}

// partedText is visibleText that keeps words of separate elements apart
// where the page sets them in elements of their own without a space
// between: "<a>Jane Doe</a><span>Staff Writer</span>" reads "Jane Doe
// Staff Writer", as the elements display on lines or in boxes of their
// own. A lower-case letter followed by a capital across an element's
// edge marks such a seam; inside a word ("McDonald") no edge falls.
func partedText(n *html.Node, skip func(*html.Node) bool) string {
	var t textBuilder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			if !t.pending && seamBefore(t.b, c.Data) {
				t.space()
			}
			t.write(c.Data)
			return false
		case html.ElementNode:
		default:
			return false
		}
		if c != n && skip(c) {
			return false
		}
		if isBlockLevel(c) {
			t.space()
		}
		return true
	})
	return strings.TrimSpace(t.String())
}

// seamBefore reports whether text written so far ends in a lower-case
// letter and next opens with a capital.
func seamBefore(sofar []byte, next string) bool {
	last, _ := utf8.DecodeLastRune(sofar)
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(last) && unicode.IsUpper(first)
}

// isTagLink reports whether n is a link to a tag or category page, marked
// rel="tag" as the microformats rel-tag convention has it (WordPress
// writes rel="tag" and rel="category tag"): a byline box that also lists
// the post's topics names no author in them.
func isTagLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	rel := strings.ToLower(attr(n, "rel"))
	return hasWord(rel, "tag") || hasWord(rel, "category")
}

// isShareTool reports whether n is a button or a share bar that sits in
// the byline's box ("Share", "Email", "Copy Link"): a <button>, or a
// custom element whose tag names sharing ("<x-share-actions>"), as web
// components name themselves.
func isShareTool(n *html.Node) bool {
	return n.DataAtom == atom.Button || n.DataAtom == 0 && strings.Contains(n.Data, "share")
}

// bylineParts is bylineText with " | " between the byline's separate
// inline elements, so that names the page sets apart stay apart.
func (s *state) bylineParts(n *html.Node) string {
	// A wrapper of one element: its parts are that element's.
	for {
		only := soleElementChild(n)
		if only == nil || skipAlways(only) || isHidden(only) {
			break
		}
		n = only
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var part string
		switch c.Type {
		case html.TextNode:
			part = clean(c.Data)
		case html.ElementNode:
			if skipAlways(c) || isHidden(c) || c.DataAtom == atom.Time || isTagLink(c) || isShareTool(c) {
				continue
			}
			if c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.ElementNode && !isBlockLevel(c) {
				// A wrapper of one element: read inside it.
				part = s.bylineParts(c)
			} else {
				part = s.bylineText(c)
			}
		}
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			if c.Type == html.ElementNode {
				b.WriteString(" | ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(part)
	}
	return b.String()
}

// soleElementChild returns n's one child element when n holds nothing
// else but white space, or nil.
func soleElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return nil
		}
	}
	return only
}

// namesAnOrganization reports whether one of names is an agency, an
// organisation or the site itself: the part a byline sets apart from the
// person's name.
func (s *state) namesAnOrganization(credits []credit) bool {
	for _, c := range credits {
		if n := c.name; c.org || looksLikeOrganization(n) || s.isSiteName(n) {
			return true
		}
	}
	return false
}

// credits is bylineCredits, remembered for the parse: the same byline
// text is read from several sources and splitting it is not cheap.
func (s *state) credits(text string) []credit {
	if credits, ok := s.names[text]; ok {
		return credits
	}
	credits := bylineCredits(text)
	if s.names == nil {
		s.names = make(map[string][]credit)
	}
	s.names[text] = credits
	return credits
}

// cleanName is the package's cleanName, remembered for the parse: the
// name it returns is the first of the credits, which a limit on their
// number does not change. The names of one author repeat from source to
// source, and filterAuthors reads each list more than once.
func (s *state) cleanName(text string) string {
	if credits := s.credits(text); len(credits) > 0 {
		return credits[0].name
	}
	return ""
}

// bylineNames is the package's bylineNames, remembered for the parse.
func (s *state) bylineNames(text string) []string {
	return creditNames(s.credits(text))
}
