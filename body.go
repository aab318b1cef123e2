package article

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds how deep the body builder descends. html.Parse stops at
// 512; a tree built by other means may be deeper.
const maxDepth = 600

// maxBlocks bounds the blocks kept for one article.
const maxBlocks = 5000

// bodyBuilder turns the chosen content nodes into sections of blocks.
type bodyBuilder struct {
	s        *state
	sections []Section
	nblocks  int
	nodes    []*html.Node // the content nodes being read
	// textLen is the folded length of the text in the content nodes,
	// once textLenKnown: few pages ask for it (see contentLen).
	textLen      int
	textLenKnown bool

	// skipLevel is the rank of a "Related"/"Most read" heading whose box
	// is being read, 0 outside one; skipRelated says its links count as
	// related links.
	skipLevel   int
	skipRelated bool
	skipScope   *html.Node // the element holding that heading
	// skipProse says the box under the label is prose that is not the
	// story (an author's bio): prose does not end it.
	skipProse bool

	// runningText remembers, per block, whether it holds a sentence
	// around its links (see inRunningText).
	runningText map[*html.Node]bool

	// boxUnder holds the sections under whose heading, before any block,
	// furniture or a box of links was dropped: the heading labelled it.
	boxUnder map[int]bool
	// boldLines holds the sections that a bold or capitalised line
	// opened rather than a heading element, with the line's marks and
	// links.
	boldLines map[int]boldLine

	// The inline run being gathered into one paragraph.
	run      textBuilder
	runLinks []Link
	runBold  int  // text bytes inside b/strong
	runOther bool // text outside b/strong
	runImgs  []*html.Node
	// runMarks are the run's inline marks read so far, runOpen the mark
	// elements whose end is still to come.
	runMarks []Mark
	runOpen  []openMark
}

// build walks the content nodes in order.
func (b *bodyBuilder) build(nodes []*html.Node) []Section {
	b.nodes = nodes
	for _, n := range nodes {
		if len(nodes) > 1 && n != b.s.intro {
			if label := boxLabel(n, b.s.hints); label != "" && (isPromoLabel(label) || isPopularLabel(label)) {
				// A box of other stories under its own label, taken in
				// beside the article for its teasers' text.
				continue
			}
		}
		b.element(n, 0)
		b.flush()
		// A heading that ends a content node heads what the page sets
		// after it, outside the content.
		b.droppedBox()
	}
	// Drop sections that ended up empty, keeping their order. A heading
	// with nothing under it but another heading still opens its part of
	// the story (its picture or embed is not text), unless what was
	// dropped under it was furniture; one that closes the body headed
	// what was dropped.
	out := b.sections[:0]
	headed := false // a section under a heading element has text
	for i, s := range b.sections {
		if _, bold := b.boldLines[i]; !bold && s.Heading != "" && len(s.Blocks) > 0 {
			headed = true
		}
	}
	for i, s := range b.sections {
		if line, bold := b.boldLines[i]; bold && headed {
			// A page that sets its subheadings as heading elements sets
			// bold lines for labels and lead-ins inside its sections:
			// the line is a paragraph of the section before it.
			s.Blocks = append([]Block{{Type: Paragraph, Text: s.Heading, Marks: line.marks, Links: line.links}}, s.Blocks...)
			if len(out) > 0 {
				out[len(out)-1].Blocks = append(out[len(out)-1].Blocks, s.Blocks...)
				continue
			}
			s.Heading, s.Level = "", 0
		}
		if len(s.Blocks) > 0 || s.Heading != "" && i+1 < len(b.sections) && !b.boxUnder[i] {
			out = append(out, s)
		}
	}
	return loneTopHeading(out)
}

// maxKicker bounds, in bytes, a kicker: the name of a section or a
// topic, linked, that news and magazine templates set above the
// headline. Set by that reading, not swept.
const maxKicker = 80

// dropKickers removes the lines read before the headline when each is a
// short line that is all link: the kicker above the headline, a link to
// the story's section or topic, is navigation, not the story's text.
func (b *bodyBuilder) dropKickers() {
	if len(b.sections) != 1 || b.sections[0].Heading != "" || len(b.sections[0].Blocks) > 2 {
		return
	}
	for _, bl := range b.sections[0].Blocks {
		if bl.Type != Paragraph || len(bl.Text) > maxKicker || len(bl.Links) == 0 || linkShare(bl.Text, bl.Links) < 0.9 {
			return
		}
	}
	b.nblocks -= len(b.sections[0].Blocks)
	b.sections = b.sections[:0]
}

// boldLine is the marks and links of a bold line read as a subheading.
type boldLine struct {
	marks []Mark
	links []Link
}

// minDekWords is the fewest words a lone heading above the text has when
// it is a dek, a sentence that sums up the story, rather than a label
// that opens the one section ("Abstract", "Key points", "The bottom
// line" have four or fewer). Chosen by that reading, not swept.
const minDekWords = 5

// loneTopHeading turns the heading of a body's first section into its
// first paragraph when no other section has a heading and it reads as a
// sentence: a line set as a heading above all of the text, with nothing
// like it below, is the story's dek, not the first of its sections.
func loneTopHeading(secs []Section) []Section {
	if len(secs) == 0 || secs[0].Heading == "" || wordCount(secs[0].Heading) < minDekWords {
		return secs
	}
	for _, s := range secs[1:] {
		if s.Heading != "" {
			return secs
		}
	}
	first := &secs[0]
	first.Blocks = append([]Block{{Type: Paragraph, Text: first.Heading}}, first.Blocks...)
	first.Heading, first.Level = "", 0
	return secs
}

func (b *bodyBuilder) add(bl Block) {
	if b.nblocks >= maxBlocks {
		return
	}
	if b.skipLevel > 0 && !b.skipProse && bl.Type == Paragraph && (ownText(bl) >= 200 || len(bl.Links) == 0 && len(bl.Text) >= 80) {
		// Prose again: the box under the label has ended.
		b.skipLevel, b.skipScope = 0, nil
	}
	if b.skipLevel > 0 {
		// Inside a box under a "Related" heading: its links are related
		// links, its text is not body.
		if b.skipRelated {
			b.s.addRelated(bl.Links...)
		}
		return
	}
	b.nblocks++
	if len(b.sections) == 0 {
		b.sections = append(b.sections, Section{})
	}
	s := &b.sections[len(b.sections)-1]
	s.Blocks = append(s.Blocks, bl)
}

// heading opens a section. A heading right under another, with nothing
// between, opens a subsection: both are kept.
func (b *bodyBuilder) heading(text string, level int) {
	if i := len(b.sections) - 1; i >= 0 && len(b.sections[i].Blocks) == 0 {
		if _, bold := b.boldLines[i]; bold {
			// A bold or capitalised line right above a heading is its
			// kicker (a section label), not a subheading of its own.
			b.sections[i] = Section{Heading: text, Level: level}
			delete(b.boldLines, i)
			return
		}
	}
	b.sections = append(b.sections, Section{Heading: text, Level: level})
}

// boldHeading adds a bold or capitalised line as a subheading, or as a
// paragraph when it directly follows a real heading, which it then only
// elaborates.
func (b *bodyBuilder) boldHeading(text string, marks []Mark, links []Link) {
	if len(b.sections) > 0 && len(b.sections[len(b.sections)-1].Blocks) == 0 && b.sections[len(b.sections)-1].Heading != "" {
		b.add(Block{Type: Paragraph, Text: text, Marks: marks, Links: links})
		return
	}
	b.heading(text, 3)
	if b.boldLines == nil {
		b.boldLines = make(map[int]boldLine)
	}
	b.boldLines[len(b.sections)-1] = boldLine{marks, links}
}

// element handles one node of the content in the block flow.
func (b *bodyBuilder) element(n *html.Node, depth int) {
	if depth > maxDepth || b.isCaption(n) {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.inline(n, depth)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipAlways(n) || isHidden(n) {
		return
	}
	if !isBlockLevel(n) && n.DataAtom != atom.Img && n.DataAtom != atom.Picture && n.Data != "amp-img" {
		if b.isJunk(n) {
			return
		}
		b.inline(n, depth)
		return
	}
	if n.DataAtom == atom.Br {
		b.inline(n, depth)
		return
	}
	b.flush()
	if n == b.s.intro {
		// The standfirst reads as the body's first paragraph, whatever
		// element the page set it in.
		if text, marks, links := b.s.inlineSpan(n); text != "" {
			b.add(Block{Type: Paragraph, Text: text, Marks: marks, Links: links})
		}
		return
	}
	h := b.s.hints.of(n)
	if h&hintCaption != 0 && n.DataAtom != atom.Figure && h&hintBody == 0 {
		// A caption wrapper (WordPress's wp-caption) is a figure; a
		// caption on its own is not body text.
		if findImg(n) != nil {
			b.figure(n)
		}
		if b.small(n) {
			return
		}
	}
	if kind := b.classify(n, h); kind != keep && depth > 0 {
		b.droppedBox()
		if kind == related {
			b.relatedBox(n, true)
		}
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		text := headingText(n)
		if b.s.isTitle(text) {
			b.dropKickers()
			return
		}
		if text == "" || len(text) > 300 || isBoilerplateLine(text) || isCallToAction(text) {
			return
		}
		if !hasLetterOrDigit(text) {
			// A heading of rule characters ("* * *", "______") is a
			// divider drawn with text, not a section's title.
			return
		}
		level := max(headingLevel(n), 2)
		if isPromoLabel(text) || isPopularLabel(text) || isFurnitureLabel(text) {
			// "Related stories", "Most read": what follows up to the next
			// heading of this rank is a box of links, not a section.
			b.skipLevel, b.skipRelated, b.skipScope = level, isPromoLabel(text) && !isPopularLabel(text), labelScope(n)
			b.skipProse = isAuthorBoxLabel(text)
			return
		}
		if b.skipLevel > 0 {
			if level > b.skipLevel {
				// A teaser's headline inside the box.
				if b.skipRelated {
					_, _, links := b.s.inlineSpan(n)
					b.s.addRelated(links...)
				}
				return
			}
			b.skipLevel = 0
		}
		// An h1 inside the body that is not the headline sits one level
		// below it.
		b.heading(text, level)
	case atom.Ul, atom.Ol, atom.Dl:
		before := b.nblocks
		if b.list(n); b.nblocks == before {
			// A list of links dropped as navigation or a related box.
			b.droppedBox()
		}
	case atom.Blockquote:
		if q := b.s.readQuote(n); q.text != "" {
			text, links := q.text, q.links
			if isPromoLine(text) && len(links) > 0 || classHas(n, "wp-embedded-content") && linkShare(text, links) >= 0.8 {
				// A promo line set as a quote, or another post embedded
				// as a card of its linked title (WordPress's markup for
				// embedded posts).
				b.promo(text, q.marks, links)
				return
			}
			b.add(Block{Type: Quote, Text: text, Paragraphs: q.paragraphs, Citation: q.citation, Links: links})
		}
	case atom.Pre:
		if text := preText(n); text != "" {
			b.add(Block{Type: Code, Text: text, Language: codeLanguage(n)})
		}
	case atom.Table:
		if isLayoutTable(n) {
			b.children(n, depth)
			return
		}
		if t := b.s.readTable(n); len(t.rows) > 0 {
			b.add(Block{Type: Table, Items: t.lines, Rows: t.rows, Links: t.links})
		}
	case atom.Figure, atom.Img, atom.Picture:
		b.figure(n)
	case atom.Form:
		// ASP.NET pages wrap the whole page in one form.
		if !b.small(n) {
			b.children(n, depth)
		}
	case atom.Hr, atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Figcaption:
		if n.DataAtom == atom.Aside || n.DataAtom == atom.Header {
			// An aside in the flow is a pull quote or a box: keep it only
			// when it promotes another article.
			if n.DataAtom == atom.Aside && b.s.looksRelated(n) {
				b.relatedBox(n, true)
			}
			if n.DataAtom == atom.Header {
				if !containsHeadline(n) {
					b.children(n, depth)
				} else if b.s.intro != nil && b.s.intro != n && contains(n, b.s.intro) {
					// The headline's header is not body, but the
					// standfirst it holds is.
					b.element(b.s.intro, depth+1)
				}
			}
		}
	default:
		if n.Data == "amp-img" {
			b.figure(n)
			return
		}
		mark := b.mark()
		b.children(n, depth)
		b.flush()
		if depth > 0 && n.DataAtom != atom.P && h&hintBody == 0 && b.isLinkFarm(mark) {
			b.rollback(mark)
			b.droppedBox()
		}
	}
}

// droppedBox notes that furniture or a box of links was dropped from the
// flow: when the open section has a heading and nothing under it yet, the
// heading labelled what was dropped.
func (b *bodyBuilder) droppedBox() {
	i := len(b.sections) - 1
	if i < 0 || b.sections[i].Heading == "" || len(b.sections[i].Blocks) > 0 {
		return
	}
	if b.boxUnder == nil {
		b.boxUnder = make(map[int]bool)
	}
	b.boxUnder[i] = true
}

// mark records how much body has been built, so that a container found to
// be furniture once read can be taken back out.
type mark struct {
	sections, blocks, related int
}

func (b *bodyBuilder) mark() mark {
	m := mark{sections: len(b.sections), related: len(b.s.art.Related)}
	if len(b.sections) > 0 {
		m.blocks = len(b.sections[len(b.sections)-1].Blocks)
	}
	return m
}

// rollback removes what was built since m.
func (b *bodyBuilder) rollback(m mark) {
	if len(b.sections) > m.sections {
		for _, s := range b.sections[m.sections:] {
			b.nblocks -= len(s.Blocks)
		}
		b.sections = b.sections[:m.sections]
		for i := range b.boxUnder {
			if i >= m.sections {
				delete(b.boxUnder, i)
			}
		}
		for i := range b.boldLines {
			if i >= m.sections {
				delete(b.boldLines, i)
			}
		}
	}
	if len(b.sections) > 0 {
		last := &b.sections[len(b.sections)-1]
		if len(last.Blocks) > m.blocks {
			b.nblocks -= len(last.Blocks) - m.blocks
			last.Blocks = last.Blocks[:m.blocks]
		}
	}
	if len(b.s.art.Related) > m.related {
		b.s.art.Related = b.s.art.Related[:m.related]
	}
}

// isLinkFarm reports whether the blocks built since m read as a list of
// teasers rather than prose: most of their text is link text, there are
// several links, and no paragraph carries a sentence of its own.
func (b *bodyBuilder) isLinkFarm(m mark) bool {
	text, linkText, links, prose, blocks := 0, 0, 0, 0, 0
	visit := func(bl Block) {
		blocks++
		n := len(bl.Text)
		for _, it := range bl.Items {
			n += len(it)
		}
		text += n
		own := n
		for _, l := range bl.Links {
			linkText += len(l.Text)
			own -= len(l.Text)
			links++
		}
		if bl.Type == Paragraph && own >= 150 {
			prose++
		}
	}
	if m.sections > 0 && m.sections <= len(b.sections) {
		// The section that was open at the mark, from where it stood.
		open := b.sections[m.sections-1].Blocks
		for _, bl := range open[min(m.blocks, len(open)):] {
			visit(bl)
		}
	}
	for _, sec := range b.sections[min(m.sections, len(b.sections)):] {
		for _, bl := range sec.Blocks {
			visit(bl)
		}
	}
	// One paragraph dense with links is still prose; a box of teasers has
	// several blocks.
	// A long run of link lists is a link-rich article (release notes,
	// roundups), not a box.
	return blocks >= 2 && links >= 3 && prose == 0 && text < 2500 && linkDensity(text, linkText) > 0.5
}

func (b *bodyBuilder) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.element(c, depth+1)
	}
	b.flush()
	if b.skipLevel > 0 && b.skipScope == n {
		// The box that a "Related" heading opened ends with its element.
		b.skipLevel, b.skipScope = 0, nil
	}
}

// inline adds an inline node to the current run.
func (b *bodyBuilder) inline(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		b.run.write(n.Data)
		if strings.TrimSpace(n.Data) != "" {
			if hasAncestor(n, 3, isBold) {
				b.runBold += len(n.Data)
			} else {
				b.runOther = true
			}
		}
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		// Two line breaks in a row end a paragraph. One after a bold lead
		// line does not: the line is the paragraph's run-in label.
		if prev := prevElementSibling(n); prev != nil && prev.DataAtom == atom.Br {
			b.flush()
			return
		}
		b.run.space()
		// The space is written before the next word: the break is there.
		b.runMarks = append(b.runMarks, Mark{Kind: BreakMark, Start: b.run.Len(), End: b.run.Len() + 1})
		return
	case atom.A:
		start := b.run.Len()
		b.openMark(LinkMark, n)
		b.inlineChildren(n, depth)
		m := b.closeMark()
		// A link without text adds nothing: its address is not read.
		if text := strings.TrimSpace(b.run.from(start)); text != "" {
			if u := resolveURL(b.s.base, attr(n, "href")); u != "" {
				b.runLinks = append(b.runLinks, Link{Text: text, URL: u})
				if m.Start < m.End {
					m.URL = u
					b.runMarks = append(b.runMarks, m)
				}
			}
		}
		return
	case atom.Img, atom.Picture:
		b.runImgs = append(b.runImgs, n)
		return
	}
	if n.Data == "amp-img" {
		b.runImgs = append(b.runImgs, n)
		return
	}
	if isHidden(n) || skipAlways(n) {
		return
	}
	if b.s.hints.of(n)&(hintHiddenish|hintCaption) != 0 {
		// Captions are never body text; their figure reads them.
		return
	}
	if k := markKindOf(n); k != "" {
		b.openMark(k, n)
		b.inlineChildren(n, depth)
		if m := b.closeMark(); m.Start < m.End {
			b.runMarks = append(b.runMarks, m)
		}
		return
	}
	b.inlineChildren(n, depth)
}

// openMark notes that a mark element starts at the run's end.
func (b *bodyBuilder) openMark(k MarkKind, n *html.Node) {
	b.runOpen = append(b.runOpen, openMark{kind: k, start: b.run.Len(), node: n})
}

// closeMark ends the mark element opened last, at the run's end. When the
// run was ended inside it (a block inside an inline element), the mark
// covers the part in the current run.
func (b *bodyBuilder) closeMark() Mark {
	o := b.runOpen[len(b.runOpen)-1]
	b.runOpen = b.runOpen[:len(b.runOpen)-1]
	return Mark{Kind: o.kind, Start: min(o.start, b.run.Len()), End: b.run.Len()}
}

func (b *bodyBuilder) inlineChildren(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockLevel(c) && c.DataAtom != atom.Br {
			// A block inside an inline element: the HTML parser keeps
			// these for <a> wrapping a card, for example.
			b.element(c, depth+1)
			continue
		}
		b.inline(c, depth+1)
	}
}

// flush ends the current run as a paragraph, a promo, a subheading or an
// image.
func (b *bodyBuilder) flush() {
	if b.run.Len() == 0 && len(b.runImgs) == 0 {
		// The run holds no text (white space between blocks is not
		// kept) and no picture: there is nothing to add. Blocks flush
		// before and after them, so most runs end this way.
		b.run.reset()
		b.runLinks, b.runBold, b.runOther, b.runMarks = nil, 0, false, nil
		return
	}
	text, marks := b.runSpan()
	links, imgs := b.runLinks, b.runImgs
	bold := b.runBold > 0 && !b.runOther
	b.run.reset()
	b.runLinks, b.runImgs, b.runBold, b.runOther, b.runMarks = nil, nil, 0, false, nil
	if text == "" {
		for _, im := range imgs {
			b.figure(im)
		}
		return
	}
	if isBoilerplateLine(text) || isCallToAction(text) || isDateLine(text) || isTagLine(text) || isCreditLine(text) {
		return
	}
	// Whether the line opens like a promo matters only for a line with
	// links or a short one (see the cases below).
	promoLine := (len(links) > 0 || len(text) < 120) && isPromoLine(text)
	if !promoLine && len(links) > 1 && linkShare(text, links) >= 0.8 {
		// A promo label over a list of links ("Read more:" and several
		// headlines) runs longer than one promo line but is one promo.
		promoLine = isPromoLine(lineStart(text))
	}
	switch {
	case promoLine && len(links) > 0 && linkShare(text, links) >= 0.3:
		b.promo(text, marks, links)
		return
	case len(links) == 0 && isFurnitureLabel(text):
		b.skipLevel, b.skipRelated, b.skipScope = 2, false, nil
		b.skipProse = isAuthorBoxLabel(text)
		return
	case len(links) == 0 && (isPromoLabel(text) || isPopularLabel(text)):
		// A label line ("You may also like...", "RECENT ARTICLES") opens
		// a box like a heading does; with nothing after it, it is a label
		// whose links the page fills in by script.
		b.skipLevel, b.skipRelated, b.skipScope = 2, !isPopularLabel(text), nil
		b.skipProse = false
		return
	case promoLine && len(text) < 120:
		return
	case len(links) > 0 && linkShare(text, links) >= 0.8 && (bold || isCapsLine(text)):
		// A bold or capitalised line that is all link plugs another story.
		b.promo(text, marks, links)
		return
	case len(links) >= 2 && linkShare(text, links) >= 0.95:
		// Headlines of other stories set one after another, with no
		// words of the story between them.
		b.promo(text, marks, links)
		return
	case b.nblocks > 0 && looksLikeSubheading(text) && (bold || isCapsLine(text)):
		b.boldHeading(text, marks, links)
		return
	}
	b.add(Block{Type: Paragraph, Text: text, Marks: marks, Links: links})
}

// runSpan returns the run's text, trimmed, with its marks. Mark elements
// still open (a block inside an inline element ends the run) are marked
// to the run's end, and go on from the start of the next run.
func (b *bodyBuilder) runSpan() (string, []Mark) {
	raw := b.run.String()
	marks := b.runMarks
	for i, o := range b.runOpen {
		if o.start < len(raw) {
			m := Mark{Kind: o.kind, Start: o.start, End: len(raw)}
			if o.kind == LinkMark {
				m.URL = resolveURL(b.s.base, attr(o.node, "href"))
			}
			if m.Kind != LinkMark || m.URL != "" {
				marks = append(marks, m)
			}
		}
		b.runOpen[i].start = 0
	}
	return trimSpan(raw, marks)
}

// lineStart is the first words of text, at most 64 bytes, cut at a rune
// boundary: what a promo lead is looked for in.
func lineStart(text string) string {
	if len(text) <= 64 {
		return text
	}
	i := 64
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return text[:i]
}

// promo adds an in-body promo: a related block in place, and its links
// to the article's related links.
func (b *bodyBuilder) promo(text string, marks []Mark, links []Link) {
	for i, l := range links {
		links[i].Text = stripPromoLabel(l.Text)
	}
	b.add(Block{Type: Related, Text: text, Marks: marks, Links: links})
	b.s.addRelated(links...)
}

// minSourceListItem is the average item length, in bytes, from which a
// list of links with some text of its own is read as the story's list of
// sources or picks rather than as navigation.
const minSourceListItem = 60

func (b *bodyBuilder) list(n *html.Node) {
	l := b.s.readList(n)
	// The rules measure each entry as one run, nested lists included.
	items, links, itemText, linkText := l.count, l.links, l.textLen, l.linkText
	if items == 0 {
		return
	}
	if linkDensity(itemText, linkText) > 0.6 {
		// A list of links inside the body: a related box when a promo
		// heading introduces it or its class says so; the story's own
		// list of sources or picks when its items are long and carry
		// some text besides their links ("via ..."); else navigation to
		// drop.
		if b.skipLevel > 0 && b.skipRelated || b.skipLevel == 0 && b.s.looksRelated(n) {
			b.s.addRelated(links...)
			return
		}
		if b.skipLevel > 0 || items < 2 || itemText < items*minSourceListItem || linkDensity(itemText, linkText) > 0.9 ||
			b.s.hints.of(n)&(hintJunk|hintNegative|hintUnlikely) != 0 {
			return
		}
	}
	b.add(Block{Type: List, Ordered: n.DataAtom == atom.Ol, Items: l.flat, ListItems: l.items, Links: links})
}

// figure adds an image with its caption and credit.
func (b *bodyBuilder) figure(n *html.Node) {
	if b.s.leadNode != nil && (n == b.s.leadNode || contains(n, b.s.leadNode) || contains(b.s.leadNode, n)) {
		return
	}
	if isPullQuote(n) {
		return
	}
	im := b.s.figureImage(n)
	if im == nil {
		return
	}
	b.add(Block{Type: Figure, Image: im})
}

type verdict int

const (
	keep verdict = iota
	drop
	related
)

// classify decides whether a block element of the content, whose class
// and id hint h, is body, page furniture or a related box.
func (b *bodyBuilder) classify(n *html.Node, h hint) verdict {
	var boxes uint64 // the boxClasses of an element that may be a box
	if h&hintBody == 0 && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		boxes = boxClasses(n)
	}
	if boxes&(1<<asideBox) != 0 && n.DataAtom != atom.Figure && b.small(n) {
		// A box set into the flow beside the story: a fact box, an
		// info box, a box of links, a collapsible promo, a disclosure.
		return drop
	}
	if h&hintBody == 0 && n.DataAtom != atom.Article && n.DataAtom != atom.Main {
		// A box whose heading labels it ("More on this story", "Most
		// read") is a related box or furniture, whatever its classes.
		if label := boxLabel(n, b.s.hints); label != "" && b.small(n) {
			switch {
			case isPopularLabel(label):
				return drop
			case isPromoLabel(label) && linkTextLen(n)*2 > b.s.textLen(n):
				return related
			}
		}
	}
	if h&hintIntro != 0 && h&hintBody == 0 && n != b.s.intro && b.small(n) && isTeaserCard(n) {
		// A teaser in the flow: another story's headline, linked.
		return related
	}
	if boxes&(1<<authorBox) != 0 && b.small(n) {
		// The box that introduces the writer below the story.
		return drop
	}
	if h&hintBody == 0 && n.DataAtom != atom.Article && n.DataAtom != atom.Main && b.s.isLinkedHeadlineCard(n) && b.small(n) {
		// A card of another story: its headline set in a link.
		return related
	}
	if h == 0 {
		return keep
	}
	if h&hintRelated != 0 && h&hintBody == 0 && h&hintPopular == 0 {
		if b.small(n) {
			return related
		}
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		// Whatever script hooks its classes name, an article element
		// inside the content is content.
		return keep
	}
	if h&hintWidget != 0 && h&(hintBody|hintPositive) == 0 && n.DataAtom != atom.Figure && b.s.textLen(n)*5 < b.contentLen()*4 {
		// Galleries and players are dropped however much of the
		// container they fill, short of being all of it.
		return drop
	}
	if h&(hintJunk|hintPopular) != 0 && h&hintBody == 0 && !isEmbed(n) {
		if n.DataAtom == atom.Figure || h&(hintCaption|hintCredit) != 0 && h&hintAd == 0 {
			return keep
		}
		if b.small(n) {
			return drop
		}
	}
	return keep
}

// isJunk reports whether an inline element is furniture: a share button,
// an ad label.
func (b *bodyBuilder) isJunk(n *html.Node) bool {
	if n.DataAtom == atom.A && classHas(n, "button", "btn") && !b.s.textLongerThan(n, 40) {
		// A link styled as a button: a call to act, not a sentence.
		return true
	}
	if n.DataAtom == atom.A && findImg(n) != nil && b.s.textLongerThan(n, 15) && !b.s.textLongerThan(n, 200) &&
		!b.inRunningText(n) && linksElsewhere(attr(n, "href"), b.s.base) && holdsBlock(n) {
		// A card set as one link around a picture and a headline.
		return true
	}
	h := b.s.hints.of(n)
	if n.DataAtom == atom.A && h&hintRelated != 0 && hasHeading(n) {
		// A card linking to a related story: its headline and teaser.
		return true
	}
	if h&(hintAd|hintHiddenish) != 0 {
		return true
	}
	// A furniture class on a link set inside a sentence (to a tag, topic
	// or author page, which CMSes class "tag" or "author") does not make
	// the words it holds furniture.
	return h&hintJunk != 0 && h&hintBody == 0 && b.small(n) && !(n.DataAtom == atom.A && b.inRunningText(n))
}

// minRunningWords is how many words outside links the block around a
// link holds when the link sits in a sentence rather than in a row of
// buttons, tag links or a byline ("By", "Tags:", "Share on"), which hold
// three or fewer. Chosen by that reading, not swept.
const minRunningWords = 6

// inRunningText reports whether the link n sits inside a sentence: the
// block holding it has minRunningWords words outside links and furniture
// (a row of share buttons or tag links has none). The answer is the
// block's, so it is measured once per block however many links it holds.
func (b *bodyBuilder) inRunningText(n *html.Node) bool {
	p := n.Parent
	for p != nil && p.Type == html.ElementNode && !isBlockLevel(p) {
		p = p.Parent
	}
	if p == nil {
		return false
	}
	if known, ok := b.runningText[p]; ok {
		return known
	}
	words := 0
	walk(p, func(c *html.Node) bool {
		if words >= minRunningWords || c.DataAtom == atom.A ||
			c.Type == html.ElementNode && c != p && b.s.hints.of(c)&(hintJunk|hintAd|hintHiddenish) != 0 {
			return false
		}
		if c.Type == html.TextNode {
			words += len(strings.Fields(c.Data))
		}
		return c.Type != html.ElementNode || c == p || !isBlockLevel(c)
	})
	if b.runningText == nil {
		b.runningText = make(map[*html.Node]bool)
	}
	b.runningText[p] = words >= minRunningWords
	return b.runningText[p]
}

// small reports whether n holds under half of the content's text, so that
// dropping it for its class cannot lose the article.
func (b *bodyBuilder) small(n *html.Node) bool {
	return b.s.textLen(n)*2 < b.contentLen() || b.contentLen() < 200
}

// contentLen returns the folded length of the text in the content nodes,
// measuring it the first time it is asked for.
func (b *bodyBuilder) contentLen() int {
	if !b.textLenKnown {
		for _, n := range b.nodes {
			b.textLen += b.s.textLen(n)
		}
		b.textLenKnown = true
	}
	return b.textLen
}

// relatedBox lists the links of a related box; inFlow adds it to the body
// as a related block too.
func (b *bodyBuilder) relatedBox(n *html.Node, inFlow bool) {
	links := b.s.boxLinks(n)
	if len(links) == 0 {
		return
	}
	if inFlow && len(links) == 1 {
		text := nodeText(n)
		if len(text) <= 300 {
			b.promo(text, nil, links)
			return
		}
	}
	b.s.addRelated(links...)
}

// authorBoxWords name, in a class or id, the box of the writer's photo
// and bio that WordPress themes and plugins (Simple Author Box's
// saboxplugin) and news templates set below the story.
var authorBoxWords = []string{"author-bio", "authorbio", "author-box", "authorbox", "about-author", "about-the-author", "author-info", "saboxplugin", "author-description"}

// asideBoxWords name, in a class or id, a box set into the story's flow
// that is not the story: its own headline, facts or links, read apart,
// or the publisher's disclosure of advertising and affiliate links.
var asideBoxWords = []string{"factbox", "infobox", "textbox", "linkbox", "disclosure", "affiliate"}

// boxClass names a kind of box that classify knows by a word of its
// class or id.
type boxClass uint

const (
	asideBox  boxClass = iota // a word of asideBoxWords
	authorBox                 // a word of authorBoxWords
)

// boxClassMatcher finds the words of both lists in one pass.
var boxClassMatcher = newPhraseMatcher(map[boxClass][]string{asideBox: asideBoxWords, authorBox: authorBoxWords})

// boxClasses returns the set of boxClass, one bit each, whose words n's
// class or id attribute contains, read as classHas reads them.
func boxClasses(n *html.Node) uint64 {
	var g uint64
	for _, a := range n.Attr {
		if (a.Key != "class" && a.Key != "id") || a.Namespace != "" || a.Val == "" {
			continue
		}
		v := truncate(a.Val, 400)
		if !lowersAsASCII(v) {
			v = toLower(v)
		}
		g |= boxClassMatcher.groups(v)
	}
	return g
}

// isTeaserCard reports whether n, classed as a teaser, is a card that
// links to another story: a short block whose headline is a link (a
// heading holding a link, or a link holding a heading or most of the
// text). A teaser class on plain prose is the page's own standfirst.
func isTeaserCard(n *html.Node) bool {
	if !classHas(n, "teaser") || textLongerThan(n, 600) {
		return false
	}
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.A:
			if hasHeading(c) {
				found = true
			}
			return false
		case atom.H2, atom.H3, atom.H4, atom.H5:
			if hasLink(c) {
				found = true
			}
			return false
		}
		return true
	})
	if found {
		return true
	}
	l := textLen(n)
	return l > 0 && linkTextLen(n)*10 >= l*8
}

// maxStoryCardText bounds the text of a story card: a headline, a line
// of teaser, a name and a date. Set by that reading, not swept.
const maxStoryCardText = 400

// isLinkedHeadlineCard reports whether n is a short block whose headline
// is a heading set inside a link (<a href><h3>...</h3></a>): the markup
// of a card that links to another story. A subheading of the story links
// nowhere, one that holds a link (<h3><a>...</a></h3>) names a thing the
// story points to, and one that links to the page's own address (a
// chapter of the video or the talk the page shows) is part of it.
func (s *state) isLinkedHeadlineCard(n *html.Node) bool {
	if s.textLen(n) > maxStoryCardText {
		return false
	}
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom == atom.A {
			found = hasHeading(c) && linksElsewhere(attr(c, "href"), s.base)
			return false
		}
		return true
	})
	return found
}

// holdsBlock reports whether a block element, or a span classed as a
// title, is below n: a link drawn as a box rather than words in a line.
func holdsBlock(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c != n && c.Type == html.ElementNode && (isBlockLevel(c) || c.DataAtom == atom.Span && classHas(c, "title", "headline")) {
			found = true
		}
		return true
	})
	return found
}

// linksElsewhere reports whether href leads to a page other than base:
// another path, or another site. Without a base, any address does.
func linksElsewhere(href string, base *url.URL) bool {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' {
		return false
	}
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	if base == nil {
		return true
	}
	u = base.ResolveReference(u)
	return u.Host != base.Host || u.Path != base.Path
}

// hasHeading reports whether an h2 to h5 is below n.
func hasHeading(n *html.Node) bool {
	return hasElement(n, atom.H2, atom.H3, atom.H4, atom.H5)
}

// hasLink reports whether a link is below n.
func hasLink(n *html.Node) bool { return hasElement(n, atom.A) }

func isBold(n *html.Node) bool {
	return n.DataAtom == atom.B || n.DataAtom == atom.Strong
}

func prevElementSibling(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

// looksLikeSubheading reports whether a bold one-line paragraph reads as a
// subheading: short, with no closing sentence punctuation.
func looksLikeSubheading(text string) bool {
	if len(text) > 140 || wordCount(text) > 16 {
		return false
	}
	switch text[0] {
	case '[', '(', '"', '\'', '*':
		// A bracketed credit, a quotation, a footnote.
		return false
	}
	if strings.HasPrefix(text, "“") || strings.HasPrefix(text, "«") || strings.HasPrefix(text, "„") || strings.HasPrefix(text, "‘") {
		return false
	}
	last := text[len(text)-1]
	// Interview questions are set in bold too; they are not sections.
	return last != '.' && last != ',' && last != ';' && last != ':' && last != '?' && last != '!' &&
		!hasPrefixFoldString(text, "by ")
}

// linkShare is the part of text inside links.
func linkShare(text string, links []Link) float64 {
	n := 0
	for _, l := range links {
		n += len(l.Text)
	}
	return linkDensity(len(text), n)
}

// containsHeadline reports whether an h1 is below n.
func containsHeadline(n *html.Node) bool { return hasElement(n, atom.H1) }

// isPullQuote reports whether n is classed as a pull quote, the words
// "pullquote" or "pull-quote" that WordPress's block editor
// (wp-block-pullquote) and news themes give a line repeated from the
// story in large type.
func isPullQuote(n *html.Node) bool {
	ci := classID(n)
	return strings.Contains(ci, "pullquote") || strings.Contains(ci, "pull-quote")
}

// isLayoutTable reports whether a table lays out the page rather than
// holding data: it nests blocks of prose or other tables.
func isLayoutTable(n *html.Node) bool {
	if r := attr(n, "role"); r == "presentation" || r == "none" {
		return true
	}
	layout := false
	walk(n, func(c *html.Node) bool {
		if layout {
			return false
		}
		if c != n && c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Table, atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.Ul, atom.Blockquote, atom.Article:
				layout = true
				return false
			}
		}
		return true
	})
	return layout
}

// preText returns preformatted text with its line breaks kept and other
// control characters removed.
func preText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				b.WriteByte('\n')
			}
			if c != n && (skipAlways(c) || isHidden(c)) {
				return false
			}
		}
		return b.Len() < maxBlockText
	})
	return cleanCode(b.String())
}

// stripPromoLabel removes a leading "Related article:" label from a promo
// link's text, leaving the headline it links to.
func stripPromoLabel(text string) string {
	if !isPromoLine(text) {
		return text
	}
	if i := strings.IndexAny(text, ":|»›"); i > 0 && i < 40 {
		if rest := strings.TrimSpace(strings.TrimLeft(text[i:], ":|»› ")); rest != "" {
			return rest
		}
	}
	return text
}

// isCapsLine reports whether text is written in capitals, as wire copy
// writes its subheadings ("NISSAN SENTRA").
func isCapsLine(text string) bool {
	letters := 0
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4
}

// isCallToAction reports whether a short paragraph asks the reader to
// follow, subscribe, click through or install an app rather than telling
// the story, or is a copyright, consent or affiliate notice. The lengths
// bound how long such a line runs: past them a paragraph that names the
// same things is prose about them.
func isCallToAction(text string) bool {
	if len(text) > 320 {
		return false
	}
	l := text
	if !lowersAsASCII(text) {
		// Lowercasing changes more than ASCII capitals: match on the
		// lowered copy. Other text is folded as it is matched.
		l = toLower(text)
	}
	g := ctaMatcher.groups(l)
	has := func(group ctaGroup) bool { return g&(1<<group) != 0 }
	switch {
	case hasPrefixFoldString(l, "follow ") && has(ctaSocial):
		return true
	case has(ctaFollow):
		return true
	case has(ctaNewsletter) && has(ctaSubscribe):
		return true
	case has(ctaOriginally) && has(ctaReadOriginal):
		return true
	case has(ctaClick) && len(text) < 250:
		return true
	case len(text) < 400 && has(ctaPrint):
		// A note that the story ran in the paper's print edition.
		return true
	case len(text) < 250 && has(ctaMessenger) && has(ctaJoin):
		return true
	case hasPrefixFoldString(l, "sign up") || hasPrefixFoldString(l, "subscribe to"):
		return true
	case len(text) < 300 && has(ctaRights):
		// A copyright notice closing the text.
		return true
	case len(text) < 250 && has(ctaDownload) && has(ctaApp):
		return true
	case len(text) < 300 && has(ctaConsent):
		// A placeholder for an embed the reader has not consented to.
		return true
	case len(text) < 400 && has(ctaAffiliate):
		// A disclosure of affiliate links.
		return true
	case len(text) < 200 && has(ctaShare):
		// A plea to pass the story on ("Share it with a friend!").
		return true
	case len(text) < 200 && has(ctaComment):
		// An invitation to the comments below the story.
		return true
	}
	return false
}

// ctaGroup names a set of phrases isCallToAction looks for.
type ctaGroup uint

const (
	ctaSocial ctaGroup = iota
	ctaFollow
	ctaNewsletter
	ctaSubscribe
	ctaOriginally
	ctaReadOriginal
	ctaClick
	ctaPrint
	ctaMessenger
	ctaJoin
	ctaRights
	ctaDownload
	ctaApp
	ctaConsent
	ctaAffiliate
	ctaShare
	ctaComment
)

// ctaMatcher finds the phrases of every group in one pass over a text:
// the wording publishers use for each kind of line in English, German,
// French, Spanish, Italian and Portuguese. Consent placeholders are the
// "external content" notices that consent managers put where an embed
// waits for the reader's consent. Share and comment pleas are the lines
// blog and news themes close a post with, asking the reader to pass it on
// or to leave a comment below.
var ctaMatcher = newPhraseMatcher(map[ctaGroup][]string{
	ctaSocial:       {"twitter", "facebook", "instagram", "linkedin", "on x", "tiktok", "youtube"},
	ctaFollow:       {"follow us", "follow him on", "follow her on", "follow them on", "like us on facebook", "síguenos", "siguenos", "folgen sie uns", "folge uns", "suivez-nous", "seguici", "siga-nos", "segue-nos"},
	ctaNewsletter:   {"newsletter"},
	ctaSubscribe:    {"subscribe", "sign up", "signing up", "inbox", "signup", "suscrib", "abonnieren", "abonnez", "iscriviti", "inscreva"},
	ctaOriginally:   {"originally published", "originally appeared", "first appeared on", "first published on"},
	ctaReadOriginal: {"read the original", "original article"},
	ctaClick:        {"click here", "clique aqui", "cliquez ici", "klicken sie hier", "haga clic", "haz clic", "clicca qui"},
	ctaPrint:        {"appears in print", "version of this article appeared", "erschien in der printausgabe", "a paru dans l'édition"},
	ctaMessenger:    {"telegram", "whatsapp", "google news"},
	ctaJoin:         {"join", "únete", "folge", "folgen sie", "abonn", "subscribe", "canal", "channel", "kanal"},
	ctaRights:       {"all rights reserved", "written permission", "may not be reproduced", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati"},
	ctaDownload:     {"download the", "download our", "get the", "laden sie", "télécharg"},
	ctaApp:          {" app", "apps", "app store", "google play"},
	ctaConsent:      {"externer inhalt", "externe inhalte", "external content", "contenido externo", "contenu externe"},
	ctaShare: {"share it with", "share this with", "share this story with", "share this article with", "share this post with",
		"teile diesen", "teilen sie diesen", "partagez cet", "partagez-le", "comparte este", "compártelo", "compartilhe", "condividi questo"},
	ctaComment: {"leave a comment", "leave your comment", "leave us a comment", "let us know in the comments", "tell us in the comments",
		"hinterlasse einen kommentar", "hinterlassen sie einen kommentar", "laissez un commentaire", "laissez-nous un commentaire",
		"deja tu comentario", "déjanos tu comentario", "déjanos un comentario", "deixe seu comentário", "deixe sua opinião",
		"lascia un commento"},
	ctaAffiliate: {"affiliate link", "affiliate-link", "affiliatelink", "contains affiliate", "partnerlinks", "provisionslink"},
})

// isDateLine reports whether a short line only dates the article
// ("Updated 5:27 am, November 20, 2019"): the page's metadata carries that.
func isDateLine(text string) bool {
	if len(text) > 90 || !strings.ContainsAny(text, "0123456789") {
		return false
	}
	l := toLower(text)
	if isTimeLine(l) {
		return true
	}
	for _, p := range []string{"updated", "published", "posted", "last modified", "last updated", "aktualisiert", "veröffentlicht", "mis à jour", "publié", "actualizado", "publicado"} {
		if strings.HasPrefix(l, p) && wordCount(text) <= 12 {
			return true
		}
	}
	if wordCount(text) > 6 {
		return false
	}
	if i := strings.IndexByte(text, ':'); i > 0 && strings.HasPrefix(text[i:], ": ") && !strings.ContainsAny(text[:i], "0123456789") && !isDateLabel(text[:i]) {
		// A date under a label of its own ("Deadline: 3 May 2024",
		// "Termin: 29.02.2020") is a fact of the story, not its dateline.
		return false
	}
	_, ok := parseTextDate(text)
	return ok
}

// isDateLabel reports whether a label names the article's own date, as
// CMS templates print it: a word for a date, for posting, publishing or
// updating, in the languages the parser reads ("Date:", "Posted:",
// "Erscheinungsdatum:", "Stand:", "Fecha:", "Publié le:").
func isDateLabel(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "le", "am", "on", "stand", "vom":
		return true
	}
	return containsAny(l, dateLabelRoots)
}

// dateLabelRoots are the stems of the words isDateLabel looks for.
var dateLabelRoots = []string{"date", "datum", "data", "fecha", "post", "publi", "veröff", "erschien", "erschein", "update", "aktualis",
	"modif", "verkünd", "created", "erstellt", "geändert", "mis à jour", "actualiz"}

// ownText is the length of a block's text outside its links.
func ownText(bl Block) int {
	n := len(bl.Text)
	for _, l := range bl.Links {
		n -= len(l.Text)
	}
	return n
}

// isEmbed reports whether n wraps a post embedded from a social network,
// which the article quotes: its text is part of the story.
func isEmbed(n *html.Node) bool {
	ci := classID(n)
	return strings.Contains(ci, "embed") && hintsOf(n)&hintAd == 0 ||
		strings.Contains(ci, "twitter-tweet") || strings.Contains(ci, "instagram-media")
}

// isCaption reports whether n was read as a picture's caption or credit.
func (b *bodyBuilder) isCaption(n *html.Node) bool {
	for _, c := range b.s.captionNodes {
		if c == n {
			return true
		}
	}
	return false
}

// isTagLine reports whether a line lists the article's tags ("Tags: ..."),
// which are neither body text nor related articles.
func isTagLine(text string) bool {
	return opensWithLabel(text, tagLineLabels, 0)
}

// tagLineLabels open a line that lists the article's tags or categories:
// the labels blog and CMS themes print before them (WordPress themes'
// "Tags:", "Tagged:", "Filed under:", "Categories:"), in the languages
// the parser reads.
var tagLineLabels = []string{"tag:", "tags:", "topics:", "schlagworte:", "schlagwörter:", "themen:", "mots-clés", "etiquetas:", "tagged:", "filed under:",
	"category:", "categories:", "kategorie:", "kategorien:", "catégorie", "categoría:", "rubrik:"}

// dropBylineLines removes byline and dateline rows that the body's
// container repeats at its top ("Jane Doe", "Oct 15, 2015 · 18 min read",
// "By Jane Doe | Updated ..."): the article's metadata carries them.
func dropBylineLines(sections []Section, authors []Author) []Section {
	if len(sections) == 0 {
		return sections
	}
	first := &sections[0]
	kept := first.Blocks[:0]
	for i, bl := range first.Blocks {
		if i < 4 && bl.Type == Paragraph && len(bl.Text) < 120 && isBylineRow(bl.Text, authors) {
			continue
		}
		kept = append(kept, bl)
	}
	first.Blocks = kept
	if len(first.Blocks) == 0 && first.Heading == "" {
		sections = sections[1:]
	}
	return sections
}

// isBylineRow reports whether a short line is a byline or dateline row:
// an author's name with little else, or "By ..." naming an author.
func isBylineRow(text string, authors []Author) bool {
	l := toLower(text)
	for _, a := range authors {
		if len(a.Name) < 4 {
			continue
		}
		i := strings.Index(l, toLower(a.Name))
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(l[:i] + " " + l[i+len(a.Name):])
		rest = strings.TrimPrefix(rest, "by ")
		// The name and at most a date, a reading time or a follow button.
		if wordCount(rest) <= 8 && !strings.ContainsAny(rest, ".!?") || isDateLine(text) {
			return true
		}
	}
	return false
}

// dropAuthorBios removes the closing paragraphs that introduce the
// authors ("Jane Doe is a reporter covering ...", "X covers ..."): they
// describe the byline, not the story.
func dropAuthorBios(sections []Section, authors []Author) []Section {
	if len(sections) == 0 || len(authors) == 0 {
		return sections
	}
	last := &sections[len(sections)-1]
	for len(last.Blocks) > 0 {
		bl := last.Blocks[len(last.Blocks)-1]
		if bl.Type != Paragraph || len(bl.Text) > 400 || !isAuthorBio(bl.Text, authors) {
			break
		}
		last.Blocks = last.Blocks[:len(last.Blocks)-1]
	}
	if len(last.Blocks) == 0 {
		sections = sections[:len(sections)-1]
	}
	return sections
}

// isAuthorBio reports whether text opens with an author's name followed by
// words that describe a person's job.
func isAuthorBio(text string, authors []Author) bool {
	for _, a := range authors {
		if a.Organization || len(a.Name) < 4 || !strings.HasPrefix(text, a.Name) {
			continue
		}
		rest := strings.ToLower(strings.TrimSpace(text[len(a.Name):]))
		for _, w := range []string{"is a ", "is an ", "is the ", "covers ", "writes ", "reports ", "is based ", "ist ", "est ", "es "} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// isCreditLine reports whether a short line only credits a picture or a
// source ("Photo: Jane Roe/AFP", "Quelle: dpa"): it belongs to a figure
// the page set apart, not to the story.
func isCreditLine(text string) bool {
	if len(text) > 100 {
		return false
	}
	if opensWithLabel(text, creditLineLabels, 1) {
		return true
	}
	// The copyright sign is searched for as a string: ContainsAny reads
	// text rune by rune when its set holds one outside ASCII.
	if !strings.ContainsAny(text, ":/|") && !strings.Contains(text, "©") {
		// No character outside ASCII lowers to a letter of the word, so
		// lowering the ASCII capitals finds it where strings.ToLower would.
		var buf [100]byte
		for i := 0; i < len(text); i++ {
			buf[i] = lowerASCIIByte(text[i])
		}
		if !containsBytes(buf[:len(text)], "getty") {
			return false
		}
	}
	caption, credit := splitCredit(text)
	return caption == "" && credit != ""
}

// creditLineLabels open a line that names a picture's or a text's
// source: the labels German, English and French publishers set before a
// credit ("Quelle:", "Photo credit", "Crédit photo", "Symbolbild:").
var creditLineLabels = []string{"quelle:", "bildquelle:", "titelbild:", "fotos:", "bilder:", "photo credit", "image credit", "crédit photo", "crédits photo",
	"photo d'illustration", "image d'illustration", "symbolbild:", "symbolfoto:"}

// opensWithLabel reports whether text opens with one of labels, in any
// case, with at least more bytes after it. Each label is lower case and
// opens with an ASCII letter, so only labels with the text's first letter
// are compared, and a character outside ASCII that folds to one (longer
// than it) never opens a match. The labels' letters are as long in either
// case, so the comparison needs no lowered copy of the text.
func opensWithLabel(text string, labels []string, more int) bool {
	if text == "" {
		return false
	}
	c := text[0] | 0x20
	for _, p := range labels {
		if c == p[0] && len(text) >= len(p)+more && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// isTimeLine reports whether a line, lowercased, is only a clock time
// ("3:59 pm").
func isTimeLine(l string) bool {
	t := strings.TrimSpace(l)
	for _, suffix := range []string{" am", " pm", "am", "pm", " uhr", " h"} {
		t = strings.TrimSuffix(t, suffix)
	}
	h, m, ok := strings.Cut(t, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return false
	}
	return allDigits(h) && allDigits(m)
}

// labelScope returns the element a box label heading opens: the heading's
// parent, or, when that parent only wraps the heading ("<div
// class=section-header><h2>More on this story</h2></div>"), the element
// that holds the wrapper and the box's links.
func labelScope(h *html.Node) *html.Node {
	child, scope := h, h.Parent
	for i := 0; i < 3 && scope != nil && scope.DataAtom != atom.Body && onlyElementChild(scope, child); i++ {
		child, scope = scope, scope.Parent
	}
	return scope
}
