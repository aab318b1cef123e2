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

	meta      *pageMeta
	ld        *ldArticle
	titleNode *html.Node          // the h1 the title came from
	leadNode  *html.Node          // the lead image's element
	content   map[*html.Node]bool // the nodes the body was read from

	// promoHeadingBefore is a "Related stories" heading met in the body
	// whose list of links comes next.
	promoHeadingBefore *html.Node
}

func newState(p Parser, root *html.Node, base *url.URL) *state {
	return &state{opts: p, root: root, base: base, art: &Article{}}
}

// run is the pipeline: metadata first; then the body's container, which
// tells which h1 is the headline; then the title, which the body stage
// drops where the body repeats it; then the lead image, the body and the
// related links; then the byline and dates, read near the headline.
func (s *state) run(ctx context.Context) error {
	s.meta = collectMeta(s.root)
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
	a := s.art
	a.URL = s.canonicalURL()
	a.SiteName = s.siteName()
	a.Description = s.description()
	a.Language = s.language()
	a.Tags = s.tags()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("article: %w", err)
	}

	body := findBodyElement(s.root)
	nodes := findContent(body)
	s.content = make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		s.content[n] = true
	}
	a.Title, s.titleNode = s.findTitle()
	s.leadNode, a.Image = s.findLeadImage(nodes)
	a.Sections = (&bodyBuilder{s: s}).build(nodes)
	s.recoverFromJSONLD()
	s.findRelatedBoxes(body)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("article: %w", err)
	}

	a.Byline, a.Authors = s.findAuthors()
	a.Published, a.Modified = s.findDates()
	if !a.IsArticle() {
		a.NoBody = "no block of text on the page reads as an article body"
		if len(nodes) == 0 {
			a.NoBody = "the page has no paragraphs of text"
		}
	}
	return nil
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

func (s *state) description() string {
	if s.ld != nil && s.ld.description != "" {
		return clean(s.ld.description)
	}
	return clean(s.meta.get("og:description", "description", "twitter:description", "dc.description", "dcterms.description"))
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
	if len(l) > 35 || strings.ContainsAny(l, " <>\"") {
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

// findLeadImage finds the picture displayed as the article's main image:
// a figure at the head of the body, else one between the headline and the
// body, else the page's og:image or JSON-LD image.
func (s *state) findLeadImage(nodes []*html.Node) (*html.Node, *Image) {
	for _, n := range nodes {
		if node, im := s.headImage(n); im != nil {
			return node, im
		}
		if textLen(n) > 0 {
			break
		}
	}
	if s.titleNode != nil && len(nodes) > 0 {
		steps := 0
		for n := nextInDocument(s.titleNode); n != nil && n != nodes[0] && steps < 3000; n = nextInDocument(n) {
			steps++
			if n.Type != html.ElementNode || !(n.DataAtom == atom.Img || n.Data == "amp-img") {
				continue
			}
			if s.inFurniture(n) || isHidden(n) {
				continue
			}
			holder := figureHolder(n)
			if im := s.figureImage(holder); im != nil {
				return holder, im
			}
		}
	}
	return nil, s.metaImage()
}

// headImage returns the first picture in n that comes before the body's
// first paragraph of text.
func (s *state) headImage(n *html.Node) (*html.Node, *Image) {
	var found *html.Node
	seen := 0
	walk(n, func(c *html.Node) bool {
		if found != nil || seen >= 400 {
			return false
		}
		switch c.Type {
		case html.TextNode:
			if !hasAncestor(c, 6, func(p *html.Node) bool {
				return p.DataAtom == atom.Figcaption || hintsOf(p)&(hintCaption|hintCredit) != 0
			}) {
				seen += foldedLen(c.Data)
			}
			return false
		case html.ElementNode:
		default:
			return false
		}
		if skipAlways(c) || isHidden(c) {
			return false
		}
		if (c.DataAtom == atom.Img || c.Data == "amp-img") && imgSource(c) != "" {
			// Past a teaser paragraph only a captioned figure is the lead.
			if seen < 80 || figureHolder(c) != c {
				found = c
			}
			return false
		}
		return true
	})
	if found == nil {
		return nil, nil
	}
	holder := figureHolder(found)
	if !contains(n, holder) {
		holder = found
	}
	im := s.figureImage(holder)
	if im == nil {
		return nil, nil
	}
	return holder, im
}

// figureHolder returns the element that holds an img with its caption: the
// enclosing figure, or a wrapper whose class marks a caption.
func figureHolder(img *html.Node) *html.Node {
	for p, i := img.Parent, 0; p != nil && i < 4; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.Figure || hintsOf(p)&hintCaption != 0 {
			return p
		}
		if p.DataAtom == atom.P || p.DataAtom == atom.Article || p.DataAtom == atom.Body || p.DataAtom == atom.Section {
			break
		}
	}
	return img
}

// metaImage is the og:image or JSON-LD image, without a displayed caption.
func (s *state) metaImage() *Image {
	var im Image
	if s.ld != nil && len(s.ld.images) > 0 {
		im = s.ld.images[0]
	}
	if og := s.meta.get("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"); og != "" {
		if im.URL == "" || !sameDocument(resolveURL(s.base, og), resolveURL(s.base, im.URL)) {
			im = Image{URL: og}
		}
	}
	im.URL = resolveURL(s.base, im.URL)
	if im.URL == "" || isIconURL(im.URL) {
		return nil
	}
	im.Caption = clean(im.Caption)
	if im.Width == 0 {
		im.Width = atoiString(s.meta.get("og:image:width"))
		im.Height = atoiString(s.meta.get("og:image:height"))
	}
	if alt := s.meta.get("og:image:alt", "twitter:image:alt"); alt != "" {
		im.Alt = clean(alt)
	}
	return &im
}

func atoiString(v string) int {
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' || n > 100000 {
			return 0
		}
		n = n*10 + int(v[i]-'0')
	}
	return n
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

func isWebURL(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }
