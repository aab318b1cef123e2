package article

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxTags bounds the tags kept for one article.
const maxTags = 50

// state is the work of one Parse call. It is made per call and never
// shared, so a Parser can be.
type state struct {
	opts Parser
	root *html.Node
	base *url.URL
	art  *Article

	hints     *hintCache // what class names say, read once per parse
	meta      *pageMeta
	ld        *ldArticle
	titleNode *html.Node          // the h1 the title came from
	leadNode  *html.Node          // the lead image's element
	intro     *html.Node          // the standfirst, when found apart from the body's flow
	content   map[*html.Node]bool // the nodes the body was read from
	// contentNodes are the same nodes, in document order.
	contentNodes []*html.Node

	names map[string][]credit // bylineCredits results, by input

	siteKeys []string // what isSiteName compares names with

	furniture map[*html.Node]bool // isFurniture results, by element

	lens textLens // textLen results, by element

	// headlineFirst and headlineHeading are what headlineNodes found,
	// once headlineDone.
	headlineFirst, headlineHeading *html.Node
	headlineDone                   bool

	// captionNodes are elements read as a picture's caption or credit
	// outside its figure; they are not body text.
	captionNodes []*html.Node

	// titleKey is the headline folded (foldKey), which isTitle compares
	// the body's headings with.
	titleKey string

	// baseString is base.String(), which isSelf compares links with.
	baseString string
}

func newState(p Parser, root *html.Node, base *url.URL) *state {
	return &state{opts: p, root: root, base: base, art: &Article{}, hints: newHintCache()}
}

// run is the pipeline: metadata first; then the body's container, which
// tells which h1 is the headline; then the title, which the body stage
// drops where the body repeats it; then the lead image, the body and the
// related links; then the byline and dates, read near the headline.
func (s *state) run(ctx context.Context) error {
	s.meta = collectMeta(s.root, s.hints)
	if s.meta.base != "" {
		if b := resolveURL(s.base, s.meta.base); b != "" {
			s.base, _ = url.Parse(b)
		}
	}
	s.ld = parseJSONLD(s.meta.jsonld)
	if s.base == nil {
		// Parsed without its address: the page's own canonical URL is the
		// next best base for its relative links.
		for _, v := range []string{s.meta.canonical, s.meta.get("og:url")} {
			if u, err := url.Parse(strings.TrimSpace(v)); err == nil && isWebURL(u) && u.Host != "" {
				s.base = u
				break
			}
		}
	}
	if s.base != nil {
		s.baseString = s.base.String()
	}
	a := s.art
	a.URL = s.canonicalURL()
	a.SiteName = s.siteName()
	s.siteKeys = s.siteNameKeys()
	a.Description = s.description()
	a.Language = s.language()
	a.Tags = s.tags()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("article: %w", err)
	}

	body := findBodyElement(s.root)
	nodes := s.chooseBody(body, body)
	a.Title, s.titleNode = s.findTitle()
	s.titleKey = foldKey(a.Title)
	if dek := s.displayedDek(); dek != "" {
		a.Description = dek
	}
	if story := s.storyOfTitle(nodes); story != nil {
		// A page that runs several stories one after another (infinite
		// scroll) can score a later one highest; the headline says which
		// is the page's own.
		nodes = s.chooseBody(body, story)
	}
	s.leadNode, a.Image = s.findLeadImage(nodes)
	if lead := s.standfirst(nodes); lead != nil {
		s.intro = lead
		if !s.holdsContent(lead) && !s.inContent(lead) {
			nodes = append([]*html.Node{lead}, nodes...)
			s.content[lead] = true
		}
	}
	s.contentNodes = nodes
	a.Sections = (&bodyBuilder{s: s}).build(nodes)
	s.recoverFromJSONLD()
	s.addRecipe()
	s.recoverFromNoscript(body)
	s.findRelatedBoxes(body)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("article: %w", err)
	}

	a.Byline, a.Authors = s.findAuthors()
	a.Sections = dropAuthorBios(a.Sections, a.Authors)
	a.Sections = dropBylineLines(a.Sections, a.Authors)
	a.Published, a.Modified = s.findDates()
	if !a.IsArticle() {
		a.NoBody = NotAnArticle
		if !hasTextIn(nodes) {
			a.NoBody = NoText
		}
	}
	return nil
}

// hasTextIn reports whether any of nodes shows text.
func hasTextIn(nodes []*html.Node) bool {
	for _, n := range nodes {
		if textLen(n) > 0 {
			return true
		}
	}
	return false
}

// chooseBody finds the body's content nodes below scope, with the lead
// paragraph set apart just before them, and records them in s.content
// and s.contentNodes.
func (s *state) chooseBody(body, scope *html.Node) []*html.Node {
	nodes := findContent(scope, s.meta.articleBodies(), s.hints, &s.lens)
	if len(nodes) > 0 && nodes[0].DataAtom != atom.Body {
		if lead := leadBefore(nodes[0], s.hints); lead != nil {
			nodes = append([]*html.Node{lead}, nodes...)
		}
	}
	s.content = make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		s.content[n] = true
	}
	s.contentNodes = nodes
	return nodes
}

// storyOfTitle returns the story that holds the headline when the body
// was found in another one beside it: the body sits in an element that
// holds a headline of its own, and the page's headline sits in a sibling
// made alike (the same tag and class; a classed element or an article),
// as the stories of an infinitely scrolling page are. It returns nil
// otherwise.
func (s *state) storyOfTitle(nodes []*html.Node) *html.Node {
	t := s.titleNode
	if t == nil || len(nodes) == 0 || s.inContent(t) {
		return nil
	}
	for x := nodes[len(nodes)-1]; x != nil && x.Parent != nil && x.DataAtom != atom.Body; x = x.Parent {
		if !contains(x.Parent, t) {
			continue
		}
		for y := x.Parent.FirstChild; y != nil; y = y.NextSibling {
			if y != x && y.Type == html.ElementNode && contains(y, t) {
				if sameKind(x, y) && (x.DataAtom == atom.Article || attr(x, "class") != "") && containsHeadline(x) {
					return y
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// inContent reports whether n is below one of the body's content nodes.
func (s *state) inContent(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if s.content[p] {
			return true
		}
	}
	return false
}

// findBodyElement returns the <body>, or the root when there is none.
func findBodyElement(root *html.Node) *html.Node {
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return n.Type == html.DocumentNode || n.DataAtom == atom.Html
	})
	if body == nil {
		return root
	}
	return body
}

// canonicalURL is the page's own address: its canonical link, og:url or
// JSON-LD url, else the address it was parsed with.
func (s *state) canonicalURL() string {
	for _, v := range []string{s.meta.canonical, s.meta.get("og:url")} {
		if u := resolveURL(s.base, v); u != "" {
			return u
		}
	}
	if s.ld != nil {
		if u := resolveURL(s.base, s.ld.url); u != "" {
			return u
		}
	}
	if s.base != nil {
		return s.base.String()
	}
	return ""
}

// description is the summary the metadata gives; displayedDek, read once
// the headline is known, replaces it with the dek the page shows.
func (s *state) description() string {
	var ld string
	if s.ld != nil {
		ld = s.ld.description
	}
	return untruncated(ld, s.meta.get("og:description"), s.meta.get("description"), s.meta.get("twitter:description"),
		s.meta.get("dc.description"), s.meta.get("dcterms.description"))
}

func (s *state) language() string {
	l := s.meta.lang
	if l == "" {
		l = s.meta.get("content-language", "language", "dc.language", "og:locale")
	}
	if l == "" && s.ld != nil {
		l = s.ld.language
	}
	l = strings.ReplaceAll(strings.TrimSpace(l), "_", "-")
	if len(l) > 35 || strings.ContainsAny(l, " <>\"") || !isPrintableASCII(l) {
		// A language tag is letters, digits and hyphens (BCP 47).
		return ""
	}
	return l
}

// tags gathers keywords and categories: article:tag and article:section
// meta tags, and JSON-LD keywords.
func (s *state) tags() []string {
	var out []string
	seen := map[string]bool{}
	add := func(v string) {
		v = clean(v)
		if len(v) > 4 && strings.EqualFold(v[:4], "tag:") {
			v = strings.TrimSpace(v[4:])
		}
		k := strings.ToLower(v)
		if v == "" || len(v) > 100 || seen[k] || len(out) >= maxTags {
			return
		}
		seen[k] = true
		out = append(out, v)
	}
	for _, key := range []string{"article:tag", "article:section", "news_keywords", "parsely-tags", "sailthru.tags"} {
		for _, v := range s.meta.all(key) {
			for _, t := range strings.Split(v, ",") {
				add(t)
			}
		}
	}
	if s.ld != nil {
		for _, k := range s.ld.keywords {
			add(k)
		}
	}
	return out
}

// recoverFromJSONLD replaces a body that came out much shorter than the
// page's JSON-LD articleBody with that text: the page carries the article
// in markup the scorer could not find.
func (s *state) recoverFromJSONLD() {
	if s.ld == nil || len(s.ld.body) < 500 {
		return
	}
	got := len(s.art.Text())
	if got*2 >= len(s.ld.body) {
		return
	}
	body := s.ld.body
	if strings.Contains(body, "<") {
		if doc, err := html.Parse(strings.NewReader(body)); err == nil {
			b := &bodyBuilder{s: s}
			s.art.Sections = b.build([]*html.Node{findBodyElement(doc)})
			return
		}
	}
	var sec Section
	for _, line := range strings.Split(body, "\n") {
		if t := clean(line); t != "" {
			sec.Blocks = append(sec.Blocks, Block{Type: Paragraph, Text: t})
		}
	}
	if len(sec.Blocks) > 0 {
		s.art.Sections = []Section{sec}
	}
}

// addRecipe appends a recipe's ingredients and steps from its JSON-LD
// when the body lacks the steps: recipe pages often set them in widgets
// the scorer passes over for the prose above them.
func (s *state) addRecipe() {
	if s.ld == nil || len(s.ld.steps) == 0 {
		return
	}
	text := s.art.Text()
	found := 0
	for _, st := range s.ld.steps {
		if strings.Contains(text, truncateRunes(st, 40)) {
			found++
		}
	}
	if found*2 >= len(s.ld.steps) {
		return
	}
	var sec Section
	if len(s.ld.ingredients) > 0 && !strings.Contains(text, s.ld.ingredients[0]) {
		sec.Blocks = append(sec.Blocks, Block{Type: List, Items: s.ld.ingredients})
	}
	for _, st := range s.ld.steps {
		if !strings.Contains(text, truncateRunes(st, 40)) {
			sec.Blocks = append(sec.Blocks, Block{Type: Paragraph, Text: st})
		}
	}
	s.art.Sections = append(s.art.Sections, sec)
}

// sectionsLongerThan reports whether the text of the sections' headings
// and blocks runs past n bytes, without building it.
func sectionsLongerThan(secs []Section, n int) bool {
	total := 0
	for _, sec := range secs {
		total += len(sec.Heading)
		for _, bl := range sec.Blocks {
			total += len(bl.Text)
			for _, it := range bl.Items {
				total += len(it)
			}
			if total > n {
				return true
			}
		}
	}
	return total > n
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// recoverFromNoscript reads the body from a <noscript> when the page gave
// next to none (200 bytes or less): some blog templates write the post
// only into a script, with a copy for readers without script in a
// noscript, which the parser keeps as raw markup. The copy replaces the
// body when it reads as 500 bytes or more.
func (s *state) recoverFromNoscript(body *html.Node) {
	if body == nil || sectionsLongerThan(s.art.Sections, 200) {
		return
	}
	var best string
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom != atom.Noscript {
			return !skipAlways(n)
		}
		if c := n.FirstChild; c != nil && c.Type == html.TextNode && len(c.Data) > len(best) {
			best = c.Data
		}
		return false
	})
	if len(best) < 1000 || !strings.Contains(best, "<") {
		return
	}
	doc, err := html.Parse(strings.NewReader(best))
	if err != nil {
		return
	}
	secs := (&bodyBuilder{s: s}).build([]*html.Node{findBodyElement(doc)})
	if sectionsLongerThan(secs, 499) {
		s.art.Sections = secs
	}
}

func isWebURL(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }
