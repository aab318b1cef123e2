package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is a set of things an element's class and id say about it.
type hint uint32

const (
	hintBody      hint = 1 << iota // the article body itself (strong)
	hintPositive                   // words that go with main content
	hintNegative                   // words that go with page furniture
	hintUnlikely                   // furniture that can be skipped before scoring
	hintJunk                       // furniture to drop from the body
	hintRelated                    // a related-articles box or promo
	hintPopular                    // a site-wide most-read or trending list
	hintAd                         // an advertisement
	hintCaption                    // a caption
	hintCredit                     // a photo credit
	hintHiddenish                  // text meant for screen readers only
)

// bodyWords mark the element that holds the article body on common
// publishing stacks (WordPress, Drupal, Arc XP, Ghost, news CMSes).
var bodyWords = []string{
	"articlebody", "article-body", "article__body", "article_body", "article-content",
	"article__content", "article_content", "articlecontent", "entry-content", "post-content",
	"post-body", "post__content", "postbody", "story-body", "storybody", "story-content",
	"story__body", "body-text", "bodytext", "article-text", "articletext", "article__text",
	"c-entry-content", "rich-text", "richtext", "field--name-body", "field-name-body",
	"td-post-content", "single-content", "text-content", "main-text", "article-main",
	"content-body", "entry-body", "blog-post-body", "post-entry", "news-body", "newsbody",
	"article-detail", "detail-body", "body-copy", "paywall-article", "story-text",
}

var positiveWords = []string{
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
	"text", "blog", "story", "column",
}

var negativeWords = []string{
	"hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
	"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
	"share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
	"widget", "taboola", "newsletter", "social", "nav", "menu", "byline", "author",
}

var unlikelyWords = []string{
	"banner", "breadcrumb", "combx", "comment", "community", "disqus", "extra", "foot",
	"gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
	"sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
	"pagination", "pager", "popup", "newsletter", "cookie", "consent", "share", "subscribe",
	"signup", "sign-up", "masthead", "navbar", "navigation", "topnav", "toolbar", "most-read",
	"mostread", "most-popular", "trending", "outbrain", "taboola", "recirc", "modal",
	"related", "recommend",
}

var junkWords = []string{
	"share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "sign-up",
	"sponsor", "comment", "disqus", "author-bio", "authorbio", "about-author", "author-box",
	"author-info", "authorinfo", "author-card", "byline", "article-meta", "post-meta",
	"entry-meta", "tag-list", "taglist", "tags", "topics", "breadcrumb", "toolbar", "print",
	"cookie", "consent", "paywall", "piano", "promo", "navigation", "navbar", "menu",
	"footer", "sidebar", "widget", "modal", "popup", "gallery-thumb", "thumbnails",
	"skip-link", "skiplink", "donate", "membership", "inline-ad", "adslot", "ad-slot",
	"ad-container", "ad-wrapper", "advert", "dfp", "most-read", "mostread", "popular",
	"trending", "recirc", "outbrain", "taboola", "further", "next-article", "prev-next",
	"pagination", "post-navigation", "nav-links", "entry-footer", "article-footer",
	"rating", "reactions", "emoji", "follow", "app-promo", "feedback", "correction-form",
	"hidden-print", "noprint", "subscriber", "login", "register", "related",
}

var relatedWords = []string{
	"related", "more-on", "moreon", "read-more", "readmore", "see-also", "seealso",
	"also-read", "alsoread", "rich-link", "richlink", "recommended", "more-stories",
	"morestories", "read-also", "readalso", "more-from", "further-reading", "read-next",
	"readnext", "lesetipp", "weitere", "mehr-zum", "a-lire", "lire-aussi", "leer-mas",
	"relacionad", "correlat", "article-promo", "inline-promo", "story-promo",
}

var popularWords = []string{
	"popular", "most-read", "mostread", "most-viewed", "mostviewed", "trending", "top-stories",
	"topstories", "latest", "most-shared", "editors-pick", "outbrain", "taboola", "sponsored",
	"around-the-web", "from-the-web", "recommended-for-you",
}

// hintsOf reads n's class and id.
func hintsOf(n *html.Node) hint {
	ci := classID(n)
	if ip := attr(n, "itemprop"); ip == "articleBody" || ip == "text" && n.DataAtom != atom.Span {
		ci += " articlebody"
	}
	if dc := attr(n, "data-component"); dc != "" {
		ci += " " + strings.ToLower(dc)
	}
	if ci == "" {
		return 0
	}
	var h hint
	if containsAny(ci, bodyWords) {
		h |= hintBody | hintPositive
	}
	if containsAny(ci, positiveWords) {
		h |= hintPositive
	}
	if containsAny(ci, negativeWords) {
		h |= hintNegative
	}
	if containsAny(ci, unlikelyWords) {
		h |= hintUnlikely
	}
	if containsAny(ci, junkWords) {
		h |= hintJunk
	}
	if containsAny(ci, relatedWords) {
		h |= hintRelated
	}
	if containsAny(ci, popularWords) {
		h |= hintPopular
	}
	if hasAdWord(ci) {
		h |= hintAd | hintJunk | hintUnlikely | hintNegative
	}
	if strings.Contains(ci, "caption") || strings.Contains(ci, "legend") {
		h |= hintCaption
	}
	if strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") ||
		strings.Contains(ci, "photographer") || strings.Contains(ci, "source") ||
		strings.Contains(ci, "rights") || strings.Contains(ci, "attribution") {
		h |= hintCredit
	}
	if strings.Contains(ci, "visually-hidden") || strings.Contains(ci, "visuallyhidden") ||
		strings.Contains(ci, "sr-only") || strings.Contains(ci, "screen-reader") ||
		strings.Contains(ci, "screenreader") || strings.Contains(ci, "offscreen") ||
		strings.Contains(ci, "a11y") || strings.Contains(ci, "element-invisible") {
		h |= hintHiddenish
	}
	return h
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasAdWord reports whether a class/id string names an advertisement as a
// whole word ("ad", "ads", "ad-slot"), not as part of one ("head", "load").
func hasAdWord(ci string) bool {
	start := -1
	for i := 0; i <= len(ci); i++ {
		alnum := i < len(ci) && (ci[i] >= 'a' && ci[i] <= 'z' || ci[i] >= '0' && ci[i] <= '9')
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			switch ci[start:i] {
			case "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising",
				"adsense", "adslot", "adunit", "dfp", "gpt", "googleads", "sponsored", "anzeige", "werbung", "publicite", "publicidad", "pub":
				return true
			}
			start = -1
		}
	}
	return false
}
