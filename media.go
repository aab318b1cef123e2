package article

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minImageSide is the smallest stated width or height of a picture worth
// keeping; smaller ones are icons, avatars and tracking pixels.
const minImageSide = 100

// lazySrcAttrs are where lazy-loading scripts keep the real image address
// until the picture scrolls into view.
var lazySrcAttrs = []string{
	"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
	"data-full-src", "data-lazy", "data-image", "data-img-src", "data-srcset",
	"data-lazy-srcset", "srcset",
}

// figureImage reads a figure, picture or img element: the picture, its
// caption and its credit. It returns nil when there is no usable picture.
func (s *state) figureImage(n *html.Node) *Image {
	img := findImg(n)
	if img == nil {
		return nil
	}
	im := s.imageFromImg(img)
	if im == nil {
		return nil
	}
	container := n
	if n == img && n.Parent != nil && s.hints.of(n.Parent)&hintCaption != 0 {
		container = n.Parent
	}
	im.Caption, im.Credit = s.captionOf(container, img)
	if im.Caption == "" && im.Credit == "" && img != n && n.DataAtom != atom.Figure {
		im.Caption, im.Credit = s.captionOf(n, img)
	}
	return im
}

// findImg returns the first img (or amp-img) at or below n.
func findImg(n *html.Node) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom == atom.Img || c.Data == "amp-img" {
			found = c
			return false
		}
		if c != n && (c.DataAtom == atom.Figcaption || skipAlways(c) && c.DataAtom != atom.Noscript) {
			return false
		}
		return true
	})
	return found
}

// imageFromImg reads an img element's address, alt text and size, or
// returns nil when it is a placeholder, an icon or unusable.
func (s *state) imageFromImg(img *html.Node) *Image {
	src := imgSource(img)
	if src == "" {
		return nil
	}
	var u string
	if hasDataScheme(strings.TrimSpace(src)) {
		if !s.opts.KeepDataImages || len(src) > 1<<20 {
			return nil
		}
		u = dataImageURL(src)
	} else {
		u = resolveURL(s.base, src)
	}
	if u == "" || isIconURL(u) {
		return nil
	}
	w, h := atoiAttr(img, "width"), atoiAttr(img, "height")
	if (w > 0 && w < minImageSide) || (h > 0 && h < minImageSide) {
		return nil
	}
	return &Image{URL: u, Alt: clean(attr(img, "alt")), Width: w, Height: h}
}

// imgSource picks the real address of a picture: src, unless it is a
// placeholder, then the lazy-loading attributes, then a <source> of an
// enclosing <picture>.
func imgSource(img *html.Node) string {
	src := strings.TrimSpace(attr(img, "src"))
	if src != "" && !isPlaceholder(src) {
		return src
	}
	for _, a := range lazySrcAttrs {
		if v := strings.TrimSpace(attr(img, a)); v != "" && !strings.HasPrefix(v, "data:") {
			if strings.HasSuffix(a, "srcset") {
				v = largestSrcset(v)
			}
			if v != "" && !isPlaceholder(v) {
				return v
			}
		}
	}
	if p := img.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Source {
				for _, a := range []string{"data-srcset", "srcset"} {
					if v := largestSrcset(attr(c, a)); v != "" && !isPlaceholder(v) {
						return v
					}
				}
			}
		}
	}
	return src
}

// largestSrcset returns the widest candidate of a srcset attribute.
func largestSrcset(set string) string {
	best, bestW := "", -1.0
	for _, cand := range strings.Split(set, ",") {
		f := strings.Fields(cand)
		if len(f) == 0 {
			continue
		}
		w := 0.0
		if len(f) > 1 {
			d := f[1]
			if v, err := strconv.ParseFloat(strings.TrimRight(d, "wx"), 64); err == nil {
				w = v
				if strings.HasSuffix(d, "x") {
					w *= 1000
				}
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

// isPlaceholder reports whether an image address is a stand-in a lazy
// loader swaps out.
func isPlaceholder(src string) bool {
	if hasDataScheme(src) {
		return true
	}
	l := strings.ToLower(src)
	name := l
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	name = name[strings.LastIndexByte(name, '/')+1:]
	return strings.Contains(l, "placeholder") ||
		strings.Contains(l, "blank.") || strings.Contains(l, "spacer.") ||
		strings.Contains(l, "lazy-load") || strings.Contains(l, "lazyload") ||
		strings.Contains(l, "pixel.") || strings.Contains(l, "grey.gif") ||
		strings.Contains(l, "loading.gif") || strings.HasSuffix(l, "/transparent.png") ||
		// "1x1.gif", "1x1-000000-0.png", "penci-holder.png", "spinner.gif"
		strings.HasPrefix(name, "1x1") || strings.Contains(name, "holder.") ||
		strings.Contains(name, "spinner.") || strings.Contains(name, "loader.")
}

// hasDataScheme reports whether strings.ToLower(s) starts with "data:",
// without lowering what may be a long inline image: only ASCII letters
// lower to "d", "a" and "t".
func hasDataScheme(s string) bool {
	return len(s) >= 5 && strings.EqualFold(s[:5], "data:")
}

// iconDirs are folders that hold a site's icons, logos, avatars and
// buttons rather than its photographs.
var iconDirs = []string{"/icons/", "/icon/", "/logos/", "/logo/", "/avatars/", "/avatar/",
	"/badges/", "/buttons/", "/emoji/", "/emojis/", "/flags/"}

// socialNames are file names of share and follow buttons.
var socialNames = []string{"facebook", "twitter", "whatsapp", "pinterest", "linkedin",
	"instagram", "youtube", "telegram", "reddit", "email", "rss", "googlenews", "flipboard"}

// isIconURL reports whether an image address names a logo, icon, avatar or
// button. "logo" in a long generated file name ("alibaba-logo-getty-1024")
// is a photograph of a logo, not the site's.
func isIconURL(u string) bool {
	l := strings.ToLower(u)
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	path := l
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
	}
	if i := strings.IndexByte(path, '/'); i >= 0 {
		path = path[i:]
	}
	if containsAny(path, iconDirs) {
		return true
	}
	name := path[strings.LastIndexByte(path, '/')+1:]
	stem := name
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	for _, w := range socialNames {
		if stem == w || strings.HasPrefix(stem, w+"-") || strings.HasPrefix(stem, w+"_") || strings.HasSuffix(stem, "-"+w) || strings.HasSuffix(stem, "_"+w) {
			return true
		}
	}
	return (strings.Contains(name, "logo") && len(stem) <= 30) || strings.Contains(name, "icon") || strings.Contains(name, "avatar") ||
		strings.Contains(name, "sprite") || strings.Contains(name, "favicon") || strings.Contains(name, "gravatar") ||
		strings.HasSuffix(name, ".svg")
}

func atoiAttr(n *html.Node, key string) int {
	v := strings.TrimSpace(strings.TrimSuffix(attr(n, key), "px"))
	if v == "" {
		return 0
	}
	i, err := strconv.Atoi(v)
	if err != nil || i < 0 || i > 100000 {
		return 0
	}
	return i
}

// captionOf returns the caption and credit of the picture img inside
// container: from a figcaption or caption-classed element, with the credit
// taken from its own element (a credit/copyright/source class or itemprop,
// <small>, <cite>) or split off the caption text.
func (s *state) captionOf(container, img *html.Node) (caption, credit string) {
	var capNode *html.Node
	var creditNodes []*html.Node
	walk(container, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == img {
			return false
		}
		if c != container && (skipAlways(c) || captionHidden(c)) {
			return false
		}
		if c.DataAtom == atom.Figcaption || (c != container && s.hints.of(c)&hintCaption != 0 && capNode == nil) {
			if capNode == nil {
				capNode = c
			}
		}
		if c != container && isCreditElement(c) {
			creditNodes = append(creditNodes, c)
			return false
		}
		return true
	})
	if capNode != nil {
		caption = captionText(capNode)
	}
	return joinCaption(caption, creditTexts(creditNodes))
}

// creditTexts returns the text of each credit element.
func creditTexts(nodes []*html.Node) []string {
	var out []string
	for _, n := range nodes {
		if t := captionText(n); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// joinCaption settles a caption and the texts of its credit elements: the
// first credit that is not only a label wins; a credit element that also
// holds the description ("A comet. (NASA/Jane Doe)") gives the caption
// when there is none; without a credit element the credit is split off
// the caption text.
func joinCaption(caption string, credits []string) (string, string) {
	credit := ""
	for _, t := range credits {
		c := cleanCredit(t)
		if caption == "" {
			if text, cr := splitCredit(t); cr != "" && readsAsDescription(text) {
				caption, c = text, cr
			}
		}
		if c != "" {
			credit = c
			break
		}
	}
	if credit == "" && caption != "" {
		caption, credit = splitCredit(caption)
	}
	caption = strings.TrimSpace(strings.TrimRight(caption, " ©|–—-/"))
	return caption, credit
}

// readsAsDescription reports whether the text a credit element holds before
// its credit describes the picture ("A comet over the bay.") rather than
// naming a photographer ("Jane Doe | Getty Images").
func readsAsDescription(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	return wordCount(text) >= 4 || strings.HasSuffix(text, ".")
}

// creditItemprops are schema.org properties of an ImageObject that hold
// its credit.
var creditItemprops = []string{"copyrightholder", "creditText", "copyrightnotice", "credittext"}

// isCreditElement reports whether an element holds a photo credit by its
// class, its schema.org property or its tag.
func isCreditElement(n *html.Node) bool {
	if n.DataAtom == atom.Small || n.DataAtom == atom.Cite {
		return true
	}
	if ip := strings.ToLower(attr(n, "itemprop")); ip != "" && containsAny(ip, creditItemprops) {
		return true
	}
	if r := strings.ToLower(attr(n, "data-role")); r != "" && (strings.Contains(r, "credit") || strings.Contains(r, "copyright")) {
		return true
	}
	h := hintsOf(n)
	return h&hintCredit != 0 && h&hintCaption == 0 || strings.Contains(classID(n), "caption-credit") || strings.Contains(classID(n), "caption__credit")
}

// captionHidden reports whether the page hides n from sight. Unlike
// isHidden it lets aria-hidden through: pages hide the visible caption
// from screen readers when the alt text repeats it.
func captionHidden(n *html.Node) bool {
	if !isHidden(n) {
		return false
	}
	if attr(n, "aria-hidden") != "true" || hasAttr(n, "hidden") {
		return true
	}
	st := strings.ToLower(attr(n, "style"))
	return strings.Contains(st, "none") || strings.Contains(st, "hidden")
}

// isCaptionToggle reports whether n is the control or the shortened copy
// of a caption that expands: "... more", "less", class "caption-truncated".
func isCaptionToggle(n *html.Node) bool {
	ci := classID(n)
	if strings.Contains(ci, "truncat") || strings.Contains(ci, "more-caption") || strings.Contains(ci, "caption-more") {
		return true
	}
	if n.DataAtom == atom.A || n.DataAtom == atom.Button {
		switch strings.Trim(strings.ToLower(nodeText(n)), " .…+") {
		case "more", "less", "show more", "show less", "read more", "expand", "collapse":
			return true
		}
	}
	return false
}

// captionText is the caption's visible text without its credit elements,
// screen-reader labels ("Image caption,") and expand controls.
func captionText(n *html.Node) string {
	return visibleText(n, func(c *html.Node) bool {
		return skipAlways(c) || captionHidden(c) || (isCreditElement(c) && !isCreditElement(n)) ||
			hintsOf(c)&hintHiddenish != 0 || isCaptionToggle(c)
	})
}

// Bounds on the search for a caption placed after a picture rather than
// inside a figure with it.
const (
	maxCaptionClimb    = 4   // wrappers climbed from the img
	maxCaptionSiblings = 6   // siblings looked at on each level
	maxCaptionLine     = 400 // bytes of an unmarked caption line
)

// adjacentCaption finds the caption and credit a page places right after
// a picture instead of inside a figure with it: a following sibling of the
// img, or of the wrappers that hold nothing but the img, that is a
// figcaption, has a caption or credit class, is a short line set wholly in
// italics or small print, or starts with a credit label ("©", "Photo:").
// Anything else that holds text or a picture ends the search, except the
// headline of a hero image whose credit sits over it.
func (s *state) adjacentCaption(img *html.Node) (caption, credit string) {
	var capNodes, creditNodes []*html.Node
	x := img
	for level := 0; level < maxCaptionClimb && x != nil && x.Parent != nil; level++ {
		if level > 0 && hasContentBefore(x) {
			return "", ""
		}
		seen := 0
		for sib := x.NextSibling; sib != nil && seen < maxCaptionSiblings; sib = sib.NextSibling {
			seen++
			if sib.Type == html.TextNode {
				if strings.TrimSpace(sib.Data) != "" {
					return s.finishAdjacent(capNodes, creditNodes)
				}
				continue
			}
			if sib.Type != html.ElementNode || skipAlways(sib) || sib.DataAtom == atom.Br || captionHidden(sib) {
				continue
			}
			hasText := hasVisibleText(sib)
			if findImg(sib) != nil {
				return s.finishAdjacent(capNodes, creditNodes)
			}
			if !hasText {
				continue
			}
			switch {
			case isCreditElement(sib) || opensWithCreditLabel(sib):
				creditNodes = append(creditNodes, sib)
			case sib.DataAtom == atom.Figcaption || s.hints.of(sib)&(hintCaption|hintCredit) != 0 || holdsCreditElement(sib):
				capNodes = append(capNodes, sib)
			case len(capNodes)+len(creditNodes) == 0 && isCaptionLine(sib):
				capNodes = append(capNodes, sib)
			case s.titleNode != nil && contains(sib, s.titleNode) && len(capNodes)+len(creditNodes) == 0:
				continue
			default:
				return s.finishAdjacent(capNodes, creditNodes)
			}
		}
		if len(capNodes)+len(creditNodes) > 0 {
			break
		}
		x = x.Parent
		if x.DataAtom == atom.Body || x.DataAtom == atom.Article || x.DataAtom == atom.Main || isBlockLevel(x) && textLongerThan(x, maxCaptionLine*4) {
			break
		}
	}
	return s.finishAdjacent(capNodes, creditNodes)
}

// finishAdjacent reads the caption and credit out of the nodes found after
// a picture.
func (s *state) finishAdjacent(capNodes, creditNodes []*html.Node) (string, string) {
	for _, n := range append(capNodes, creditNodes...) {
		// The body builder leaves these out: a caption is not body text.
		s.captionNodes = append(s.captionNodes, n)
	}
	var caption []string
	var credits []string
	for _, n := range capNodes {
		c, cr := s.captionOf(n, nil)
		if c == "" {
			c = captionText(n)
		}
		if c != "" {
			caption = append(caption, c)
		}
		if cr != "" {
			credits = append(credits, cr)
		}
	}
	credits = append(credits, creditTexts(creditNodes)...)
	return joinCaption(strings.Join(caption, " "), credits)
}

// hasContentBefore reports whether an element before n among its siblings
// holds text or a picture, so that what follows n need not be n's caption.
func hasContentBefore(n *html.Node) bool {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		switch p.Type {
		case html.TextNode:
			if strings.TrimSpace(p.Data) != "" {
				return true
			}
		case html.ElementNode:
			if skipAlways(p) || captionHidden(p) {
				continue
			}
			if isControl(p) {
				continue
			}
			if hasVisibleText(p) || findImg(p) != nil {
				return true
			}
		}
	}
	return false
}

// hasVisibleText reports whether n holds text other than white space,
// no-break spaces included, which blog editors leave in empty lines.
func hasVisibleText(n *html.Node) bool {
	return hasTextWhere(n, func(c *html.Node) bool { return !skipAlways(c) && !captionHidden(c) })
}

// isControl reports whether n is a button or a link that works the page
// ("Enlarge image") rather than leading anywhere.
func isControl(n *html.Node) bool {
	if n.DataAtom == atom.Button || attr(n, "role") == "button" {
		return true
	}
	if n.DataAtom != atom.A || findImg(n) != nil {
		return false
	}
	href := strings.TrimSpace(attr(n, "href"))
	return href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:")
}

// holdsCreditElement reports whether a short block holds a credit element,
// as a caption bar without a caption class does.
func holdsCreditElement(n *html.Node) bool {
	if textLongerThan(n, maxCaptionLine) {
		return false
	}
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c != n && isCreditElement(c) && c.DataAtom != atom.Small && c.DataAtom != atom.Cite {
			found = true
		}
		return !found
	})
	return found
}

// isCaptionLine reports whether a short block under a picture reads as its
// caption: all its text is in italics or small print, or it opens with a
// credit label.
func isCaptionLine(n *html.Node) bool {
	if textLongerThan(n, maxCaptionLine) {
		return false
	}
	// The walk does not enter italics, so any text it meets is plain.
	return !hasTextWhere(n, func(c *html.Node) bool { return !isCaptionStyle(c) && !skipAlways(c) })
}

// opensWithCreditLabel reports whether a short block under a picture is a
// credit line: "Фото: Jane Doe", "© Jane Doe".
func opensWithCreditLabel(n *html.Node) bool {
	if textLongerThan(n, maxCaptionLine) {
		return false
	}
	text := nodeText(n)
	end := creditLabelPrefixEnd(text)
	return end > 0 && end < len(text)
}

// isCaptionStyle reports whether n sets its text as pages set a caption
// under a picture: in italics or small print.
func isCaptionStyle(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Em, atom.I, atom.Small, atom.Cite, atom.Figcaption:
		return true
	}
	return false
}

// findLeadImage finds the picture displayed as the article's main image:
// a figure at the head of the body, else one in the headline's block or
// between the headline and the body, else the picture the page's og:image
// or JSON-LD image names where the page displays it. A page that only
// names an image in its metadata and displays none has no lead image.
func (s *state) findLeadImage(nodes []*html.Node) (*html.Node, *Image) {
	for _, n := range nodes {
		if node, im := s.headImage(n); im != nil {
			return node, im
		}
		if textLongerThan(n, 0) {
			break
		}
	}
	meta := s.metaImage()
	if s.titleNode != nil {
		if node, im := s.titleBlockImage(nodes, meta); im != nil {
			return node, im
		}
	}
	if s.titleNode != nil && len(nodes) > 0 {
		steps := 0
		for n := nextInDocument(s.titleNode); n != nil && n != nodes[0] && steps < 3000; n = nextInDocument(n) {
			steps++
			if n.Type != html.ElementNode || !(n.DataAtom == atom.Img || n.Data == "amp-img") {
				continue
			}
			if !s.isLeadCandidate(n) {
				continue
			}
			if node, im := s.leadFrom(n); im != nil {
				return node, im
			}
		}
	}
	if meta == nil {
		return nil, nil
	}
	if n := s.displayedImage(meta.URL); n != nil {
		if node, im := s.leadFrom(n); im != nil {
			return node, im
		}
	}
	return nil, nil
}

// leadFrom reads the lead picture img with its holder, and looks for a
// caption after it when its holder has none.
func (s *state) leadFrom(img *html.Node) (*html.Node, *Image) {
	return s.heldImage(figureHolder(img))
}

// heldImage reads the picture in holder, and looks for a caption after
// holder when it has none of its own. It returns nil for both when holder
// shows no picture.
func (s *state) heldImage(holder *html.Node) (*html.Node, *Image) {
	im := s.figureImage(holder)
	if im == nil {
		return nil, nil
	}
	if im.Caption == "" && im.Credit == "" {
		im.Caption, im.Credit = s.adjacentCaption(holder)
	}
	return holder, im
}

// maxTitleBlockText bounds the text of the block around a headline that
// is searched for a hero picture: a header, not the page.
const maxTitleBlockText = 1500

// maxTextBeforeTitle bounds the text met before the headline while looking
// for a hero picture: more is a page, not the article's header.
const maxTextBeforeTitle = 500

// titleBlockImage finds a hero picture placed before the headline in the
// block that holds it, as pages that lay the headline over the picture do.
// A picture there whose address the page fills in by script (src "/" or
// empty) stands for the metadata image.
func (s *state) titleBlockImage(nodes []*html.Node, meta *Image) (*html.Node, *Image) {
	block := s.titleNode
	for i := 0; i < 4 && block.Parent != nil; i++ {
		p := block.Parent
		if p.DataAtom == atom.Body {
			break
		}
		// The element that holds both the headline and the body, an
		// article element for one, holds the hero picture too: only what
		// comes before the headline in it is searched.
		if p.DataAtom == atom.Article || (len(nodes) > 0 && !s.content[p] && contains(p, nodes[len(nodes)-1])) {
			block = p
			break
		}
		if textLongerThan(p, maxTitleBlockText) {
			break
		}
		block = p
	}
	if block == s.titleNode {
		return nil, nil
	}
	var found, standIn *html.Node
	steps, text, done := 0, 0, false
	walk(block, func(c *html.Node) bool {
		steps++
		if c == s.titleNode {
			done = true
		}
		if done || found != nil || steps > 500 || text > maxTextBeforeTitle {
			return false
		}
		if c.Type == html.TextNode {
			text += foldedLen(c.Data)
		}
		if c.Type != html.ElementNode {
			return false
		}
		if skipAlways(c) || isHidden(c) {
			return false
		}
		if c.DataAtom != atom.Img && c.Data != "amp-img" {
			return true
		}
		if !s.isLeadCandidate(c) {
			return false
		}
		if src := imgSource(c); src == "" || src == "/" || src == "#" {
			if standIn == nil {
				standIn = c
			}
			return false
		}
		found = c
		return false
	})
	// Only what comes before the headline: a walk that reached it stopped.
	if found != nil && precedes(found, s.titleNode) {
		return s.leadFrom(found)
	}
	if standIn != nil && meta != nil && precedes(standIn, s.titleNode) {
		im := *meta
		holder := figureHolder(standIn)
		im.Caption, im.Credit = s.captionOf(holder, standIn)
		if im.Caption == "" && im.Credit == "" {
			im.Caption, im.Credit = s.adjacentCaption(holder)
		}
		return holder, &im
	}
	return nil, nil
}

// precedes reports whether a comes before b in the document, looking a
// bounded way ahead.
func precedes(a, b *html.Node) bool {
	steps := 0
	for n := a; n != nil && steps < 5000; n, steps = nextInDocument(n), steps+1 {
		if n == b {
			return true
		}
	}
	return false
}

// isLeadCandidate reports whether an img may be the lead picture: it is
// not page furniture, a byline's head shot, a share button or a teaser
// that links to another page.
func (s *state) isLeadCandidate(img *html.Node) bool {
	if isHidden(img) || s.inFurnitureBlock(img) {
		return false
	}
	if hasAncestor(img, 6, isBylineOrShare) {
		return false
	}
	return !s.linksAway(img)
}

// inFurnitureBlock reports whether n sits in the page's navigation, footer,
// an aside, a comment thread, a sidebar or a related or most-read box.
// The body and html elements, and wrappers of the headline, are not asked:
// themes name page layouts ("sidebar-primary") on them.
func (s *state) inFurnitureBlock(n *html.Node) bool {
	return hasAncestor(n, 24, func(p *html.Node) bool {
		switch p.DataAtom {
		case atom.Body, atom.Html:
			return false
		}
		if s.titleNode != nil && contains(p, s.titleNode) {
			// A wrapper of the headline is the article's layout, whatever
			// a sticky-sidebar script calls it.
			return false
		}
		switch p.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
		h := s.hints.of(p)
		if h&(hintRelated|hintPopular) != 0 && h&hintBody == 0 {
			return true
		}
		ci := classID(p)
		return strings.Contains(ci, "comment") || strings.Contains(ci, "sidebar") || strings.Contains(ci, "footer")
	})
}

// isBylineOrShare reports whether n is a byline, author box or share bar,
// whose pictures are head shots and buttons.
func isBylineOrShare(n *html.Node) bool {
	if attr(n, "itemprop") == "author" || attr(n, "rel") == "author" {
		return true
	}
	ci := classID(n)
	if ci == "" {
		return false
	}
	return containsAny(ci, leadFurnitureWords)
}

// leadFurnitureWords name the blocks near a headline whose pictures are not
// the article's: bylines, author boxes, share and follow bars.
var leadFurnitureWords = []string{"byline", "author", "avatar", "share", "social", "follow", "sponsor", "logo", "badge"}

// linksAway reports whether img sits in a link to another page: a teaser,
// a badge or an ad. A link to the picture's own file, an attachment page
// or the article itself does not count.
func (s *state) linksAway(img *html.Node) bool {
	var a *html.Node
	for p, i := img.Parent, 0; p != nil && i < 4; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.A {
			a = p
			break
		}
	}
	if a == nil {
		return false
	}
	href := strings.TrimSpace(attr(a, "href"))
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return false
	}
	u := resolveURL(s.base, href)
	if u == "" || s.isSelf(u) {
		return false
	}
	l := strings.ToLower(u)
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"} {
		if strings.HasSuffix(l, ext) {
			return false
		}
	}
	return !strings.Contains(l, "attachment") && !strings.Contains(l, "/image") && !strings.Contains(l, "/photo")
}

// displayedImage returns the img in the page's body that shows the picture
// at metaURL, the metadata's image, or nil when the page does not display
// it. Renditions of one picture share a file name apart from size marks.
func (s *state) displayedImage(metaURL string) *html.Node {
	want := imageAsset(metaURL)
	if want == "" {
		return nil
	}
	var found *html.Node
	// Only near the top of the article: a picture shown far down the
	// text is an illustration of it, not its lead.
	pastTitle, text := s.titleNode == nil, 0
	walk(findBodyElement(s.root), func(c *html.Node) bool {
		if found != nil || text > maxLeadTextBefore {
			return false
		}
		if c == s.titleNode {
			pastTitle = true
			return false
		}
		if c.Type == html.TextNode && pastTitle {
			text += foldedLen(c.Data)
		}
		if c.Type != html.ElementNode || skipAlways(c) || isHidden(c) {
			return false
		}
		if c.DataAtom != atom.Img && c.Data != "amp-img" {
			return true
		}
		if src := imgSource(c); src != "" && imageAsset(resolveURL(s.base, src)) == want && s.isLeadCandidate(c) {
			found = c
		}
		return false
	})
	return found
}

// maxLeadTextBefore bounds the text between the headline and a picture the
// metadata names for it to count as the lead.
const maxLeadTextBefore = 1500

// imageAsset names the picture an image address shows: its file name
// without extension and trailing size marks ("-1024x683", "_800",
// "-scaled"), lower-cased; "" when the address has no file name.
func imageAsset(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	name := strings.ToLower(u[strings.LastIndexByte(u, '/')+1:])
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 {
		return ""
	}
	stem := name[:dot]
	for {
		cut := strings.LastIndexAny(stem, "-_")
		if cut <= 0 || !isSizeMark(stem[cut+1:]) {
			return stem
		}
		stem = stem[:cut]
	}
}

// isSizeMark reports whether a file name's last part names a rendition
// size: digits, "123x456", "scaled", "large".
func isSizeMark(p string) bool {
	switch p {
	case "scaled", "large", "medium", "small", "thumb", "thumbnail", "full":
		return true
	}
	if p == "" || len(p) > 11 {
		return false
	}
	digits := 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == 'x' && i > 0 && i < len(p)-1:
		default:
			return false
		}
	}
	return digits > 0
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
				return p.DataAtom == atom.Figcaption || s.hints.of(p)&(hintCaption|hintCredit) != 0
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
			if (seen < 80 || figureHolder(c) != c) && !s.linksAway(c) && !hasAncestor(c, 6, isBylineOrShare) {
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
	return s.heldImage(holder)
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
