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
	if n == img && n.Parent != nil && hintsOf(n.Parent)&hintCaption != 0 {
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
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(src)), "data:") {
		if !s.opts.KeepDataImages || len(src) > 1<<20 {
			return nil
		}
		u = strings.TrimSpace(src)
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
				for _, a := range []string{"srcset", "data-srcset"} {
					if v := largestSrcset(attr(c, a)); v != "" {
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
	l := strings.ToLower(src)
	return strings.HasPrefix(l, "data:") || strings.Contains(l, "placeholder") ||
		strings.Contains(l, "blank.") || strings.Contains(l, "spacer.") ||
		strings.Contains(l, "lazy-load") || strings.Contains(l, "lazyload") ||
		strings.Contains(l, "1x1.") || strings.Contains(l, "pixel.") || strings.Contains(l, "grey.gif") ||
		strings.Contains(l, "loading.gif") || strings.HasSuffix(l, "/transparent.png")
}

// isIconURL reports whether an image address names a logo, icon or avatar.
func isIconURL(u string) bool {
	l := strings.ToLower(u)
	if i := strings.LastIndexByte(l, '/'); i >= 0 {
		l = l[i:]
	}
	return strings.Contains(l, "logo") || strings.Contains(l, "icon") || strings.Contains(l, "avatar") ||
		strings.Contains(l, "sprite") || strings.Contains(l, "favicon") || strings.Contains(l, "gravatar") ||
		strings.HasSuffix(l, ".svg")
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
// taken from its own element (a credit/copyright/source class, <small>,
// <cite>) or split off the caption text.
func (s *state) captionOf(container, img *html.Node) (caption, credit string) {
	var capNode *html.Node
	var creditNodes []*html.Node
	walk(container, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == img {
			return false
		}
		if c != container && (skipAlways(c) || isHidden(c)) {
			return false
		}
		if c.DataAtom == atom.Figcaption || (c != container && hintsOf(c)&hintCaption != 0 && capNode == nil) {
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
	for _, cn := range creditNodes {
		if t := cleanCredit(captionText(cn)); t != "" && credit == "" {
			credit = t
		}
	}
	if capNode != nil {
		caption = captionText(capNode)
	}
	if credit == "" && caption != "" {
		caption, credit = splitCredit(caption)
	}
	caption = strings.TrimSpace(caption)
	return caption, credit
}

// isCreditElement reports whether an element holds a photo credit by its
// class or tag.
func isCreditElement(n *html.Node) bool {
	if n.DataAtom == atom.Small || n.DataAtom == atom.Cite {
		return true
	}
	return hintsOf(n)&hintCredit != 0 && hintsOf(n)&hintCaption == 0 || strings.Contains(classID(n), "caption-credit") || strings.Contains(classID(n), "caption__credit")
}

// captionText is the caption's visible text without its credit elements
// and screen-reader labels ("Image caption,").
func captionText(n *html.Node) string {
	var t textBuilder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.write(c.Data)
			return false
		case html.ElementNode:
			if c != n && (skipAlways(c) || isHidden(c) || (isCreditElement(c) && !isCreditElement(n)) || hintsOf(c)&hintHiddenish != 0) {
				return false
			}
			if isBlockLevel(c) {
				t.space()
			}
		}
		return true
	})
	return strings.TrimSpace(t.String())
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
