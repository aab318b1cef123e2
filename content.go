package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// candidate is an element that holds scored paragraphs.
type candidate struct {
	node     *html.Node
	score    float64 // final: paragraph score and hints, less link density
	textLen  int     // visible text below it
	linkLen  int     // of which inside links
	paraText int     // text in paragraphs of low link density
	body     bool    // its class or id marks an article body
}

// frame is one open element during the scoring walk.
type frame struct {
	node       *html.Node
	score      float64
	textLen    int
	linkLen    int
	paraText   int
	directText int
	commas     int
	hasBlock   bool
	// partial is set when furniture below the element was passed over,
	// so that textLen is less than its whole visible text.
	partial bool
}

// minParagraph is the shortest text that counts as a paragraph when
// scoring; shorter runs are labels, buttons and captions.
const minParagraph = 25

// scoreContent scores every element of the page by the paragraphs below
// it, the way Readability does, in one walk: each paragraph earns a score
// from its length and commas, shared with its parent (in full), its
// grandparent (half) and up to three more ancestors (less each level).
// Page furniture (menus, sidebars, comments, ads) is skipped unless its
// class also suggests content. The text length of each block-level element
// read in full is the one textLen gives, and is remembered in lens.
func scoreContent(root *html.Node, strict bool, protect map[*html.Node]bool, hc *hintCache, lens *textLens) []candidate {
	var (
		stack  = make([]frame, 0, 64) // deeper than most pages nest
		out    []candidate
		inLink int
	)
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if len(stack) == 0 {
				return false
			}
			l := foldedLen(n.Data)
			if l == 0 {
				// Only white space, the most common text node.
				return false
			}
			top := &stack[len(stack)-1]
			top.textLen += l
			top.directText += l
			top.commas += strings.Count(n.Data, ",")
			if strings.IndexByte(n.Data, 0xef) >= 0 || strings.IndexByte(n.Data, 0xe3) >= 0 {
				// The Chinese and Japanese commas, U+FF0C and U+3001,
				// whose UTF-8 starts with one of those bytes.
				top.commas += strings.Count(n.Data, "，") + strings.Count(n.Data, "、")
			}
			if inLink > 0 {
				top.linkLen += l
			}
			return false
		case html.ElementNode:
			if skipAlways(n) || isHidden(n) {
				return false
			}
			furniture := false
			switch n.DataAtom {
			case atom.Nav, atom.Footer, atom.Aside:
				furniture = true
			default:
				furniture = strict && unlikely(n, hc) && !protect[n]
			}
			if furniture {
				if len(stack) > 0 {
					stack[len(stack)-1].partial = true
				}
				return false
			}
			if n.DataAtom == atom.A {
				inLink++
			}
			stack = append(stack, frame{node: n})
			return true
		case html.DocumentNode:
			return true
		}
		return false
	}
	leave := func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if n.DataAtom == atom.A {
			inLink--
		}
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(stack) > 0 {
			p := &stack[len(stack)-1]
			p.textLen += f.textLen
			p.linkLen += f.linkLen
			p.paraText += f.paraText
			p.partial = p.partial || f.partial
			if isBlockLevel(n) {
				p.hasBlock = true
			} else {
				// Inline text counts as the parent's own.
				p.directText += f.directText
				p.commas += f.commas
			}
		}
		if !f.partial && isBlockLevel(n) {
			lens.remember(n, f.textLen)
		}
		if isParagraph(n, &f) {
			density := linkDensity(f.textLen, f.linkLen)
			score := (1 + float64(f.commas) + min(float64(f.textLen)/100, 3)) * (1 - density)
			if density < 0.5 {
				if len(stack) > 0 {
					stack[len(stack)-1].paraText += f.textLen
				}
			}
			for level := 1; level <= 5 && len(stack)-level >= 0; level++ {
				div := 1.0
				switch {
				case level == 2:
					div = 2
				case level > 2:
					div = float64(level) * 3
				}
				stack[len(stack)-level].score += score / div
			}
		}
		if f.score > 0 {
			h := hc.of(n)
			score := (f.score + tagWeight(n) + hintWeight(h)) * (1 - linkDensity(f.textLen, f.linkLen))
			out = append(out, candidate{
				node: n, score: score, textLen: f.textLen, linkLen: f.linkLen,
				paraText: f.paraText, body: h&hintBody != 0,
			})
		}
	}
	walkEnterExit(root, enter, leave)
	return out
}

// isParagraph reports whether a closed element counts as one paragraph.
func isParagraph(n *html.Node, f *frame) bool {
	if f.textLen < minParagraph {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Li, atom.Dd:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center, atom.Main:
		// A div with no block children reads as a paragraph; so does a
		// div whose own text, between its block children, is long.
		return !f.hasBlock || f.directText >= 2*minParagraph
	}
	return false
}

func linkDensity(text, link int) float64 {
	if text == 0 {
		return 0
	}
	d := float64(link) / float64(text)
	if d > 1 {
		d = 1
	}
	return d
}

// tagWeight is Readability's prior on an element's tag.
func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// hintWeight turns class and id hints into score.
func hintWeight(h hint) float64 {
	w := 0.0
	if h&hintBody != 0 {
		w += 50
	} else if h&hintPositive != 0 {
		w += 25
	}
	if h&hintNegative != 0 {
		w -= 25
	}
	return w
}

// unlikely reports whether n is page furniture that scoring can skip.
func unlikely(n *html.Node, hc *hintCache) bool {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Article, atom.Main, atom.A, atom.P, atom.Td:
		return false
	}
	h := hc.of(n)
	if h&hintUnlikely == 0 || h&hintBody != 0 {
		return false
	}
	// A class that also names content ("content-with-sidebar") is the
	// layout that holds the article: scoring reads it.
	return h&hintPositive == 0 || h&hintAd != 0
}

// findContent scores the page and picks the content nodes. Elements that
// hold a marked article body (itemprop=articleBody) are never skipped as
// furniture, whatever their class says. When skipping furniture leaves
// little text, which happens when a page's layout classes name a sidebar,
// a header or commentary around the article, it scores again without
// skipping, as Readability does, and keeps whichever finds more prose.
func findContent(body *html.Node, marked []*html.Node, hc *hintCache, lens *textLens) []*html.Node {
	protect := make(map[*html.Node]bool)
	for _, n := range marked {
		for p := n; p != nil && !protect[p]; p = p.Parent {
			protect[p] = true
		}
	}
	nodes, text := chooseContent(scoreContent(body, true, protect, hc, lens))
	if text < 1500 {
		if loose, looseText := chooseContent(scoreContent(body, false, nil, hc, lens)); looseText*2 > text*3 {
			return loose
		}
	}
	if len(nodes) == 0 && body != nil {
		// No run of text long enough to score: a very short page. Its
		// whole body, less furniture, is all there is to read.
		return []*html.Node{body}
	}
	return nodes
}

// chooseContent picks the nodes that hold the article body, in page
// order: the best-scoring element, widened to a marked article body that
// holds it, plus siblings that score nearly as well.
func chooseContent(cands []candidate) ([]*html.Node, int) {
	if len(cands) == 0 {
		return nil, 0
	}
	best := 0
	for i, c := range cands {
		if c.score > cands[best].score {
			best = i
		}
	}
	top := cands[best]

	// An article split into several modules (text, image, text) leaves
	// several near-equal candidates side by side; their common ancestor is
	// the article, as Readability also reasons.
	var rivals []*html.Node
	marked := 0 // rivals that, like the winner, are marked as article body
	for _, c := range cands {
		if c.node != top.node && c.score >= top.score*0.5 && !contains(c.node, top.node) && !contains(top.node, c.node) {
			rivals = append(rivals, c.node)
			if c.body && top.body {
				marked++
			}
		}
	}
	need := 2
	if marked > 0 {
		// Two parts both marked as article body are one article.
		need = 1
	}
	widened := false
	if len(rivals) >= need {
		for p := top.node.Parent; p != nil && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
			n := 0
			for _, r := range rivals {
				if contains(p, r) {
					n++
				}
			}
			if n >= need {
				for _, c := range cands {
					if c.node == p {
						top = c
						break
					}
				}
				if top.node != p {
					top = candidate{node: p, score: top.score, paraText: top.paraText}
				}
				widened = true
				break
			}
		}
	}

	// A container marked as the article body that holds the winner, or
	// sits inside it with most of its paragraph text, is the truer
	// boundary: scoring alone often stops one level short or long.
	for _, c := range cands {
		if !c.body || c.node == top.node {
			continue
		}
		if contains(c.node, top.node) && c.paraText <= top.paraText*3+500 {
			top = c
		} else if !widened && contains(top.node, c.node) && float64(c.paraText) >= 0.7*float64(top.paraText) {
			top = c
		}
	}

	// Siblings that score well, or read as prose, belong to the body too.
	byNode := make(map[*html.Node]*candidate, len(cands))
	for i := range cands {
		byNode[cands[i].node] = &cands[i]
	}
	threshold := max(10, top.score*0.2)

	// A winner that is its parent's only element is the parent, for the
	// sibling search: articles split into <section>s put their wrappers
	// one level below the sections.
	for p := top.node.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html && top.node.DataAtom != atom.Body && onlyElementChild(p, top.node); p = p.Parent {
		if c := byNode[p]; c != nil {
			top = *c
		} else {
			top = candidate{node: p, score: top.score, paraText: top.paraText, textLen: top.textLen, linkLen: top.linkLen}
		}
	}
	var nodes []*html.Node
	text := top.paraText
	parent := top.node.Parent
	if parent == nil || top.node.DataAtom == atom.Body {
		return []*html.Node{top.node}, top.paraText
	}
	for sib := parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib == top.node {
			nodes = append(nodes, sib)
			continue
		}
		if sib.Type != html.ElementNode {
			continue
		}
		if c := byNode[sib]; c != nil && c.paraText > 0 && (c.score >= threshold ||
			c.paraText >= 300 && linkDensity(c.textLen, c.linkLen) < 0.25 && sameKind(sib, top.node) && hintsOf(sib)&(hintNegative|hintUnlikely) == 0) {
			nodes = append(nodes, sib)
			text += c.paraText
			continue
		}
		if sib.DataAtom == atom.P {
			if c := byNode[sib]; c == nil {
				n := textLen(sib)
				if n > 80 && linkDensity(n, linkTextLen(sib)) < 0.25 {
					nodes = append(nodes, sib)
					text += n
				}
			}
		}
	}
	return nodes, text
}

// linkTextLen is the length of the text inside links below n.
func linkTextLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			total += textLen(c)
			return false
		}
		return true
	})
	return total
}

// articleBodies returns the elements the page marks as its article body
// with microdata.
func (m *pageMeta) articleBodies() []*html.Node {
	var out []*html.Node
	for _, n := range m.itemprops {
		if attr(n, "itemprop") == "articleBody" {
			out = append(out, n)
		}
	}
	return out
}

// onlyElementChild reports whether c is the only element below p.
func onlyElementChild(p, c *html.Node) bool {
	for x := p.FirstChild; x != nil; x = x.NextSibling {
		if x != c && x.Type == html.ElementNode && !skipAlways(x) {
			return false
		}
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			return false
		}
	}
	return true
}

// leadBefore finds the lead paragraph a page sets apart just before its
// body container ("intro", "standfirst", "teaser" classes): a previous
// sibling of the first content node or of one of its near ancestors that
// holds a few sentences of prose and no picture-only block.
func leadBefore(first *html.Node, hc *hintCache) *html.Node {
	n := first
	for level := 0; level < 3 && n != nil && n.DataAtom != atom.Body; level++ {
		seen := 0
		for p := n.PrevSibling; p != nil && seen < 4; p = p.PrevSibling {
			if p.Type != html.ElementNode || skipAlways(p) {
				continue
			}
			seen++
			if hc.of(p)&hintIntro == 0 || hc.of(p)&(hintJunk|hintRelated|hintPopular|hintCaption) != 0 {
				continue
			}
			text := textLen(p)
			if text >= 40 && text <= 1500 && linkDensity(text, linkTextLen(p)) < 0.2 {
				return p
			}
		}
		n = n.Parent
	}
	return nil
}

// sameKind reports whether two siblings are made alike: the same element
// with the same class, as the parts of an article split into sections
// are, and unlike the author box after them.
func sameKind(a, b *html.Node) bool {
	return a.DataAtom == b.DataAtom && attr(a, "class") == attr(b, "class")
}
