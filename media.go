package article

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minImageSide is the smallest stated width or height of a picture worth
// keeping; smaller ones are icons, avatars and tracking pixels.
const minImageSide = 100

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
		container = n
		im.Caption, im.Credit = s.captionOf(n, img)
	}
	im.CaptionMarks = s.captionMarks(container, im.Caption)
	return im
}

// captionMarks returns the inline marks of a caption read from the element
// scope: scope's text is read as a run of inline text with its marks, and
// the marks over the stretch that is the caption are kept. A caption that
// scope's text does not hold as it stands (put together from pieces, or
// with its credit taken out of its middle) gets none.
func (s *state) captionMarks(scope *html.Node, caption string) []Mark {
	if caption == "" || scope == nil {
		return nil
	}
	w := spanWalk{s: s, root: scope, plain: true}
	w.walk()
	text, marks := w.result()
	i := strings.Index(text, caption)
	if i < 0 || len(marks) == 0 {
		return nil
	}
	var over []Mark
	for _, m := range marks {
		if m.Start >= i && m.End <= i+len(caption) {
			over = append(over, m)
		}
	}
	if len(over) == 0 {
		return nil
	}
	return settleMarks(caption, over, i)
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
		u = imageURL(s.base, src)
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

// iconDirs are folders that hold a site's icons, logos, avatars and
// buttons rather than its photographs.
var iconDirs = map[string]bool{"icons": true, "icon": true, "logos": true, "logo": true, "avatars": true,
	"avatar": true, "badges": true, "buttons": true, "emoji": true, "emojis": true, "flags": true}

// socialNames are file names of share and follow buttons.
var socialNames = []string{"facebook", "twitter", "whatsapp", "pinterest", "linkedin",
	"instagram", "youtube", "telegram", "reddit", "email", "rss", "googlenews", "flipboard"}

// iconWords are the words each test of isIconURL looks for.
var iconWords = indexWords(slices.Concat(slices.Sorted(maps.Keys(iconDirs)), socialNames,
	[]string{"logo", "icon", "avatar", "sprite", "favicon", "gravatar", ".svg"})...)

// isIconURL reports whether an image address names a logo, icon, avatar or
// button. "logo" in a long generated file name ("alibaba-logo-getty-1024")
// is a photograph of a logo, not the site's.
func isIconURL(u string) bool {
	l, ok := lowerPathWith(u, iconWords)
	if !ok {
		return false
	}
	path := l
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
	}
	if i := strings.IndexByte(path, '/'); i >= 0 {
		path = path[i:]
	}
	if hasSegment(path, iconDirs) {
		return true
	}
	name := path[strings.LastIndexByte(path, '/')+1:]
	stem := name
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	for _, w := range socialNames {
		if namesButton(stem, w) {
			return true
		}
	}
	return (strings.Contains(name, "logo") && len(stem) <= 30) || strings.Contains(name, "icon") || strings.Contains(name, "avatar") ||
		strings.Contains(name, "sprite") || strings.Contains(name, "favicon") || strings.Contains(name, "gravatar") ||
		strings.HasSuffix(name, ".svg")
}

// namesButton reports whether a file name's stem is the name w, or w
// joined to another word by a hyphen or underscore ("facebook-share",
// "icon_twitter").
func namesButton(stem, w string) bool {
	if stem == w {
		return true
	}
	if len(stem) <= len(w) {
		return false
	}
	if c := stem[len(w)]; (c == '-' || c == '_') && stem[:len(w)] == w {
		return true
	}
	c := stem[len(stem)-len(w)-1]
	return (c == '-' || c == '_') && stem[len(stem)-len(w):] == w
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
	// The HTML standard's figcaption is the caption; an element classed
	// as one is taken when there is none, and only when it shows text: a
	// caption's toggle ("reveal-caption") is classed so too.
	var capNode, classed *html.Node
	var creditNodes []*html.Node
	walk(container, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == img {
			return false
		}
		if c != container && (skipAlways(c) || captionHidden(c)) {
			return false
		}
		if c.DataAtom == atom.Figcaption && capNode == nil {
			capNode = c
		}
		if c != container && classed == nil && c.DataAtom != atom.Figcaption && s.hints.of(c)&hintCaption != 0 && hasVisibleText(c) {
			classed = c
		}
		if c != container && isCreditElement(c) {
			creditNodes = append(creditNodes, c)
			return false
		}
		return true
	})
	// A figcaption is the HTML standard's caption whatever its class
	// says ("attribution"): its text is not a credit of its own, though
	// a credit may still be split off it.
	if capNode != nil {
		creditNodes = slices.DeleteFunc(creditNodes, func(c *html.Node) bool { return c == capNode })
	}
	credits := creditTexts(creditNodes)
	if capNode == nil || classed != nil && contains(classed, capNode) {
		capNode = classed
	}
	if capNode != nil {
		caption = captionText(capNode)
		if inner := innerCaption(capNode); inner != nil {
			// A caption block that sets its description in an element of
			// its own gives the rest of its text, a short line, as the
			// credit: "<figcaption><div class=caption>A comet.</div>
			// <span>Jane Doe</span></figcaption>".
			rest := visibleText(capNode, func(c *html.Node) bool { return c == inner || skipCaptionPart(capNode, c) })
			if rest != "" && len(credits) == 0 && wordCount(rest) <= maxLabelledCreditWords {
				caption, credits = captionText(inner), []string{rest}
			}
		}
	}
	return joinCaption(caption, credits)
}

// innerCaption returns the first element below a caption block that is
// itself classed as a caption and holds text, or nil.
func innerCaption(block *html.Node) *html.Node {
	var found *html.Node
	walk(block, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return false
		}
		if c != block && (skipAlways(c) || captionHidden(c)) {
			return false
		}
		if c != block && hintsOf(c)&hintCaption != 0 && hintsOf(c)&hintCredit == 0 && hasVisibleText(c) {
			found = c
		}
		return found == nil
	})
	return found
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
var creditItemprops = []string{"copyrightholder", "copyrightnotice", "credittext"}

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
	if h&hintCredit == 0 {
		return false
	}
	// A class naming both ("caption__credit", BEM's credit element of a
	// caption block) marks a credit when it holds no caption or credit
	// element of its own; one that does wraps a caption and its credit.
	return h&hintCaption == 0 || !holdsClassed(n, hintCaption|hintCredit)
}

// holdsClassed reports whether an element below n has one of the hints.
func holdsClassed(n *html.Node, h hint) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c != n && hintsOf(c)&h != 0 {
			found = true
		}
		return !found
	})
	return found
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

// isCaptionToggle reports whether n is the control of a caption that
// expands: a link or button reading "more", "less", "show more".
func isCaptionToggle(n *html.Node) bool {
	if n.DataAtom == atom.A || n.DataAtom == atom.Button {
		switch strings.Trim(toLower(nodeText(n)), " .…+") {
		case "more", "less", "show more", "show less", "read more", "expand", "collapse":
			return true
		}
	}
	return false
}

// captionText is the caption's visible text without its credit elements,
// screen-reader labels ("Image caption,") and expand controls.
func captionText(n *html.Node) string {
	return visibleText(n, func(c *html.Node) bool { return skipCaptionPart(n, c) })
}

// skipCaptionPart reports whether c, inside the caption n, is left out
// of its text: hidden, a credit element, a screen-reader label or an
// expand control.
func skipCaptionPart(n, c *html.Node) bool {
	return skipAlways(c) || captionHidden(c) || (isCreditElement(c) && !isCreditElement(n)) ||
		hintsOf(c)&hintHiddenish != 0 || isCaptionToggle(c)
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
	// The body builder leaves these out: a caption is not body text.
	s.captionNodes = append(append(s.captionNodes, capNodes...), creditNodes...)
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
// A picture shown without a credit takes the one its JSON-LD ImageObject
// gives, when the metadata describes the same picture.
func (s *state) findLeadImage(nodes []*html.Node) (*html.Node, *Image) {
	node, im := s.displayedLead(nodes)
	if im != nil && im.Credit == "" {
		im.Credit = s.ldImageCredit(im.URL)
	}
	return node, im
}

// ldImageCredit returns the credit a JSON-LD ImageObject gives for the
// picture at u (schema.org creditText, else copyrightHolder), or "". The
// object must name the same picture file, in any rendition; a
// copyrightHolder that is the article's publisher is not a photo credit.
func (s *state) ldImageCredit(u string) string {
	if s.ld == nil {
		return ""
	}
	want := imageAsset(u)
	if want == "" {
		return ""
	}
	for _, im := range s.ld.images {
		if im.Credit == "" || imageAsset(imageURL(s.base, im.URL)) != want {
			continue
		}
		c := cleanCredit(clean(im.Credit))
		if c == "" || s.ld.publisher != "" && strings.EqualFold(c, clean(s.ld.publisher)) {
			continue
		}
		return c
	}
	return ""
}

// displayedLead is findLeadImage without the JSON-LD credit.
func (s *state) displayedLead(nodes []*html.Node) (*html.Node, *Image) {
	if s.videoBeforeBody(nodes) {
		return nil, nil
	}
	for _, n := range nodes {
		node, im, video := s.headImage(n)
		if im != nil {
			return node, im
		}
		if video {
			// The article opens with a player: its poster is no picture
			// of the page's.
			return nil, nil
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
		for n := nextInDocument(s.titleNode); n != nil && n != nodes[0] && steps < maxLeadImageSteps; n = nextInDocument(n) {
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

// maxLeadImageSteps bounds the nodes walked from the headline to the body in
// search of the lead picture or player.
const maxLeadImageSteps = 3000

// videoBeforeBody reports whether a video player sits between the headline
// and the body with no picture before it: the article opens with a video.
func (s *state) videoBeforeBody(nodes []*html.Node) bool {
	if s.titleNode == nil || len(nodes) == 0 {
		return false
	}
	steps, text := 0, 0
	for n := nextInDocument(s.titleNode); n != nil && n != nodes[0] && !s.content[n] && steps < maxLeadImageSteps; n = nextInDocument(n) {
		steps++
		if n.Type == html.TextNode && n.Parent != nil && !skipAlways(n.Parent) {
			// Past the dek and byline, a player is in the story's text.
			if text += foldedLen(n.Data); text > maxTextBeforeTitle {
				return false
			}
		}
		if n.Type != html.ElementNode {
			continue
		}
		if isVideoPlayer(n) {
			if !isHidden(n) && !s.inFurnitureBlock(n) {
				return true
			}
			continue
		}
		if (n.DataAtom == atom.Img || n.Data == "amp-img") && imgSource(n) != "" && s.isLeadCandidate(n) {
			return false
		}
	}
	return false
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
		im.CaptionMarks = s.captionMarks(holder, im.Caption)
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
	if hasAncestor(img, 6, s.isBylineOrShare) {
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

// maxBylineBoxText bounds the text of a byline, author box or share bar:
// an element holding more is a layout wrapper whose class merely
// mentions one ("article-author-layout"). Author boxes with a short
// biography run to a few hundred bytes; the bound is set well above that
// by hand, not swept on a figure.
const maxBylineBoxText = 1500

// isBylineOrShare reports whether n is a byline, author box or share bar,
// whose pictures are head shots and buttons. A wrapper of the headline or
// of much text is the article's layout, whatever its class says.
func (s *state) isBylineOrShare(n *html.Node) bool {
	if attr(n, "itemprop") == "author" || attr(n, "rel") == "author" {
		return true
	}
	ci := classID(n)
	if ci == "" || !leadFurnitureWords.in(ci) {
		return false
	}
	return (s.titleNode == nil || !contains(n, s.titleNode)) && !textLongerThan(n, maxBylineBoxText)
}

// leadFurnitureWords name the blocks near a headline whose pictures are not
// the article's: bylines, author boxes, share and follow bars.
var leadFurnitureWords = indexWords("byline", "author", "avatar", "share", "social", "follow", "sponsor", "logo", "badge")

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
	l := lowerPath(u)
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
		if src := imgSource(c); src != "" && imageAsset(imageURL(s.base, src)) == want && s.isLeadCandidate(c) {
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
func (s *state) headImage(n *html.Node) (node *html.Node, im *Image, video bool) {
	var found *html.Node
	seen := 0
	// Text nodes side by side share their ancestors: the caption test is
	// made once per parent.
	var lastParent *html.Node
	inCaption := false
	walk(n, func(c *html.Node) bool {
		if found != nil || video || seen >= 400 {
			return false
		}
		switch c.Type {
		case html.TextNode:
			l := foldedLen(c.Data)
			if l == 0 {
				// White space between tags counts nowhere.
				return false
			}
			if c.Parent != lastParent || lastParent == nil {
				lastParent = c.Parent
				inCaption = hasAncestor(c, 6, func(p *html.Node) bool {
					return p.DataAtom == atom.Figcaption || s.hints.of(p)&(hintCaption|hintCredit) != 0
				})
			}
			if !inCaption {
				seen += l
			}
			return false
		case html.ElementNode:
		default:
			return false
		}
		if isVideoPlayer(c) && seen < 80 && !isHidden(c) {
			video = true
			return false
		}
		if skipAlways(c) || isHidden(c) {
			return false
		}
		if (c.DataAtom == atom.Img || c.Data == "amp-img") && imgSource(c) != "" {
			// Past a teaser paragraph only a captioned figure is the lead.
			if (seen < 80 || figureHolder(c) != c) && !s.linksAway(c) && !hasAncestor(c, 6, s.isBylineOrShare) {
				found = c
			}
			return false
		}
		return true
	})
	if found == nil {
		return nil, nil, video
	}
	holder := figureHolder(found)
	if !contains(n, holder) {
		holder = found
	}
	node, im = s.heldImage(holder)
	return node, im, false
}

// videoHosts are the addresses of the embeddable players of the common
// video hosts, as their embed codes write them in an iframe.
var videoHosts = []string{"youtube.com/embed/", "youtube-nocookie.com/embed/", "player.vimeo.com/video/",
	"dailymotion.com/embed/", "players.brightcove.net/", "cdn.jwplayer.com/players/",
	"facebook.com/plugins/video", "player.twitch.tv/"}

// isVideoPlayer reports whether n is a video player: an HTML <video>, an
// AMP video component (amp-video, amp-youtube, amp-brightcove,
// amp-jwplayer), a Video.js or Brightcove <video-js>, an element marked as
// a schema.org VideoObject, or an iframe of a video host's player.
func isVideoPlayer(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "video", "video-js", "amp-video", "amp-youtube", "amp-brightcove", "amp-jwplayer", "amp-vimeo", "amp-dailymotion":
		return true
	case "iframe":
		src := strings.ToLower(attr(n, "src"))
		if src == "" {
			src = strings.ToLower(attr(n, "data-src"))
		}
		return containsAny(src, videoHosts)
	}
	// A VideoObject's own element, not a page section that carries the
	// type with the story's text.
	return strings.HasSuffix(attr(n, "itemtype"), "schema.org/VideoObject") && !textLongerThan(n, maxPlayerText)
}

// maxPlayerText bounds the text of an element marked as a VideoObject for
// it to be the player (title, duration, controls) rather than a section
// that holds the story too. Set by hand: a title and a caption.
const maxPlayerText = 300

// maxFigureClimb bounds the wrappers climbed from an img to the figure
// that holds it with its caption. Responsive-image components nest the
// img in a picture and two or three wrappers (a ratio box, a lazy-load
// span) inside the figure; six leaves room for one more, set by hand.
const maxFigureClimb = 6

// figureHolder returns the element that holds an img with its caption: the
// enclosing figure, or a wrapper whose class marks a caption.
func figureHolder(img *html.Node) *html.Node {
	for p, i := img.Parent, 0; p != nil && i < maxFigureClimb; p, i = p.Parent, i+1 {
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
	im.URL = imageURL(s.base, im.URL)
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
