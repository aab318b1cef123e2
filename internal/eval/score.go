package eval

import (
	"strings"

	"github.com/articleparse/article"
)

// lookupFunc finds the parsed page of a set's id.
type lookupFunc func(set, id string) *page

// cleanURL trims the stray white space some truth URLs carry.
func cleanURL(u string) string { return strings.TrimSpace(u) }

// scoreScrapinghub scores Text() against articleBody with the shingle
// metric: body precision, recall and F1.
func scoreScrapinghub(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	var counts []Counts
	var precision, recall, f1 Figure
	for _, id := range ids {
		truth, p := c.Scrapinghub[id], lookup(Scrapinghub, id)
		m := MatchShingles(truth.ArticleBody, p.text)
		counts = append(counts, m)
		url := cleanURL(truth.URL)
		if m.HasPrediction() {
			precision.Pages = append(precision.Pages, PageScore{id, url, m.Precision()})
		}
		if m.HasTruth() {
			recall.Pages = append(recall.Pages, PageScore{id, url, m.Recall()})
		}
		f1.Pages = append(f1.Pages, PageScore{id, url, m.F1()})
	}
	return bodyFigures(Scrapinghub, ScoreBodies(counts), precision, recall, f1)
}

// bodyFigures fills in the body figures of a set from its BodyScore.
func bodyFigures(set string, s BodyScore, precision, recall, f1 Figure) []Figure {
	precision.Set, precision.Measure, precision.Value, precision.N = set, "body precision", s.Precision, s.PrecisionPages
	recall.Set, recall.Measure, recall.Value, recall.N = set, "body recall", s.Recall, s.RecallPages
	f1.Set, f1.Measure, f1.Value, f1.N = set, "body F1", s.F1, len(f1.Pages)
	return []Figure{precision, recall, f1}
}

// scoreTrafilatura scores the snippets, summed over all pages, and the
// title, author and date of the pages whose truth states them.
func scoreTrafilatura(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	var total SnippetCounts
	snippets := [4]Figure{
		{Set: Trafilatura, Measure: "snippet precision"},
		{Set: Trafilatura, Measure: "snippet recall"},
		{Set: Trafilatura, Measure: "snippet F1"},
		{Set: Trafilatura, Measure: "snippet accuracy"},
	}
	title, author, date := newTally(Trafilatura, "title"), newTally(Trafilatura, "author"), newTally(Trafilatura, "date")
	for _, id := range ids {
		truth, p := c.Trafilatura[id], lookup(Trafilatura, id)
		url := cleanURL(truth.URL)
		s := ScoreSnippets(p.text, truth.With, truth.Without)
		total = total.Add(s)
		for i, v := range []float64{s.Precision(), s.Recall(), s.F1(), s.Accuracy()} {
			snippets[i].Pages = append(snippets[i].Pages, PageScore{id, url, v})
		}
		if FoldSpace(truth.Title) != "" {
			title.addBool(id, url, Fold(truth.Title) == Fold(p.art.Title))
		}
		// The truth writes several authors in one string, separated by ";",
		// ",", "&" or "and" (or, on three pages, as a list): both sides are
		// split the same way by nameSet and compared as sets of folded names.
		if FoldSpace(string(truth.Author)) != "" {
			author.addBool(id, url, authorsMatch(string(truth.Author), p.art))
		}
		if truth.Date != nil && strings.TrimSpace(*truth.Date) != "" {
			date.addBool(id, url, sameDay(*truth.Date, p.art.Published.Time))
		}
	}
	for i, v := range []float64{total.Precision(), total.Recall(), total.F1(), total.Accuracy()} {
		snippets[i].Value, snippets[i].N = v, total.Total()
	}
	return append(snippets[:], title.figure(), author.figure(), date.figure())
}

// scoreReadability scores title, byline and date on the pages whose truth
// states them, and the body against the expected reader view.
func scoreReadability(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	title, byline, date := newTally(Readability, "title"), newTally(Readability, "byline"), newTally(Readability, "published")
	var counts []Counts
	f1 := Figure{Set: Readability, Measure: "body F1"}
	for _, id := range ids {
		truth, p := c.Readability[id], lookup(Readability, id)
		if stated(truth.Title) {
			title.addBool(id, "", titleMatches(*truth.Title, p.art.Title))
		}
		if stated(truth.Byline) {
			byline.addBool(id, "", bylineMatches(*truth.Byline, p.art))
		}
		if stated(truth.PublishedTime) {
			date.addBool(id, "", sameDay(*truth.PublishedTime, p.art.Published.Time))
		}
		m := MatchShingles(p.expectedText, p.text)
		counts = append(counts, m)
		f1.Pages = append(f1.Pages, PageScore{ID: id, Score: m.F1()})
	}
	// Only the F1 is reported for this set; -v lists its weak pages by
	// their own F1.
	f1.Value, f1.N = ScoreBodies(counts).F1, len(counts)
	return []Figure{title.figure(), byline.figure(), date.figure(), f1}
}

// scorePostlight scores title, author, date, dek, lead image and the body's
// first words on the pages whose truth asserts them.
func scorePostlight(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	title, author, date := newTally(Postlight, "title"), newTally(Postlight, "author"), newTally(Postlight, "date")
	dek, image, start := newTally(Postlight, "dek"), newTally(Postlight, "image"), newTally(Postlight, "body start")
	for _, id := range ids {
		truth, p := c.Postlight[id], lookup(Postlight, id)
		url := cleanURL(truth.URL)
		if FoldSpace(truth.Title) != "" {
			title.addBool(id, url, titleMatches(truth.Title, p.art.Title))
		}
		if FoldSpace(string(truth.Author)) != "" {
			author.addBool(id, url, authorsMatch(string(truth.Author), p.art))
		}
		if strings.TrimSpace(truth.Date) != "" {
			date.addBool(id, url, instantDayMatches(truth.Date, p.art.Published.Time, true))
		}
		if FoldSpace(truth.Description) != "" {
			dek.addBool(id, url, titleMatches(truth.Description, p.art.Description))
		}
		if strings.TrimSpace(truth.Image) != "" {
			got := ""
			if p.art.Image != nil {
				got = p.art.Image.URL
			}
			image.addBool(id, url, got != "" && imageKey(truth.Image) == imageKey(got))
		}
		if FoldSpace(truth.Start) != "" {
			start.addBool(id, url, startMatches(truth.Start, p.text))
		}
	}
	return []Figure{title.figure(), author.figure(), date.figure(), dek.figure(), image.figure(), start.figure()}
}

// scoreHtmldate scores the published day.
func scoreHtmldate(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	date := newTally(Htmldate, "date")
	for _, id := range ids {
		truth, p := c.Htmldate[id], lookup(Htmldate, id)
		date.addBool(id, cleanURL(truth.URL), sameDay(truth.Date, p.art.Published.Time))
	}
	return []Figure{date.figure()}
}

// scoreGoose scores title, author, date and the body's beginning on the
// pages whose truth expects them.
func scoreGoose(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	title, author, date, start := newTally(Goose, "title"), newTally(Goose, "author"), newTally(Goose, "date"), newTally(Goose, "body start")
	for _, id := range ids {
		truth, p := c.Goose[id], lookup(Goose, id)
		url := cleanURL(truth.URL)
		if FoldSpace(truth.Title) != "" {
			title.addBool(id, url, titleMatches(truth.Title, p.art.Title))
		}
		if FoldSpace(string(truth.Author)) != "" {
			author.addBool(id, url, authorsMatch(string(truth.Author), p.art))
		}
		if strings.TrimSpace(truth.Date) != "" {
			date.addBool(id, url, instantDayMatches(truth.Date, p.art.Published.Time, false))
		}
		if FoldSpace(truth.Start) != "" {
			start.addBool(id, url, startMatches(truth.Start, p.text))
		}
	}
	return []Figure{title.figure(), author.figure(), date.figure(), start.figure()}
}

// authorsMatch reports whether the article's authors, persons and
// organisations alike, are the names of the truth's author field, both
// split by nameSet and compared as sets. The truths write several authors
// in one string separated by ";", ",", "&" or "and", or as a list.
func authorsMatch(truth string, a *article.Article) bool {
	got := strings.Join(authorNames(a.Authors, false), "; ")
	return equalSets(nameSet(truth), nameSet(got))
}

// stated reports whether a nullable truth field holds a non-blank value.
func stated(s *string) bool {
	return s != nil && strings.TrimSpace(*s) != ""
}

// structureTallies are the figures of the structure set, in table order.
type structureTallies struct {
	headline, persons, agency, published, imagePresence, imageURL, caption, credit, sections, related *tally
	// promos counts promo lines rather than pages.
	promos                 Figure
	promoLines, promosLeft int
}

// scoreStructure scores the hand-annotated structure of each page.
func scoreStructure(c *Corpus, ids []string, lookup lookupFunc) []Figure {
	t := structureTallies{
		headline:      newTally(Structure, "headline"),
		persons:       newTally(Structure, "person authors"),
		agency:        newTally(Structure, "agency"),
		published:     newTally(Structure, "published"),
		imagePresence: newTally(Structure, "lead image presence"),
		imageURL:      newTally(Structure, "lead image URL"),
		caption:       newTally(Structure, "caption"),
		credit:        newTally(Structure, "credit"),
		sections:      newTally(Structure, "section headings"),
		related:       newTally(Structure, "related links"),
		promos:        Figure{Set: Structure, Measure: "promos absent"},
	}
	for _, id := range ids {
		t.score(id, c.Structure[id], lookup(Structure, id))
	}
	t.promos.N = t.promoLines
	if t.promoLines > 0 {
		t.promos.Value = 1 - float64(t.promosLeft)/float64(t.promoLines)
	}
	return []Figure{
		t.headline.figure(), t.persons.figure(), t.agency.figure(), t.published.figure(),
		t.imagePresence.figure(), t.imageURL.figure(), t.caption.figure(), t.credit.figure(),
		t.sections.figure(), t.related.figure(), t.promos,
	}
}

// score adds one page to every structure figure.
func (t *structureTallies) score(id string, truth StructureTruth, p *page) {
	a, url := p.art, cleanURL(truth.URL)
	if FoldSpace(truth.Headline) != "" {
		t.headline.addBool(id, url, Fold(truth.Headline) == Fold(a.Title))
	}
	t.persons.addBool(id, url, equalSets(foldedSet(truth.Authors), foldedSet(authorNames(a.Authors, true))))
	if FoldSpace(truth.Agency) != "" {
		t.agency.addBool(id, url, hasAgency(a.Authors, truth.Agency))
	}
	if strings.TrimSpace(truth.Published) != "" {
		t.published.addBool(id, url, sameDay(truth.Published, a.Published.Time))
	}
	t.imagePresence.addBool(id, url, (truth.LeadImage != nil) == (a.Image != nil))
	if img := truth.LeadImage; img != nil {
		t.scoreImage(id, url, *img, a.Image)
	}
	// Pages where neither side has headings (or related links) are not
	// counted: they would only dilute the figure with perfect scores.
	if got := sectionHeadings(a); len(truth.Sections) > 0 || len(got) > 0 {
		t.sections.add(id, url, setF1(foldedSet(truth.Sections), foldedSet(got)))
	}
	if got := relatedURLs(a); len(truth.Related) > 0 || len(got) > 0 {
		t.related.add(id, url, setF1(linkSet(truthURLs(truth.Related)), linkSet(got)))
	}
	if len(truth.BodyPromos) > 0 {
		// A page without a body cannot be said to keep its promos out:
		// all its promo lines count as left, so that an empty output never
		// raises the figure.
		left := len(truth.BodyPromos)
		if a.IsArticle() {
			left = promosLeft(p.text, truth.BodyPromos)
		}
		t.promoLines += len(truth.BodyPromos)
		t.promosLeft += left
		t.promos.Pages = append(t.promos.Pages, PageScore{id, url, 1 - float64(left)/float64(len(truth.BodyPromos))})
	}
}

// scoreImage scores the lead image's URL, caption and credit; got may be nil.
func (t *structureTallies) scoreImage(id, url string, want TruthImage, got *article.Image) {
	if got == nil {
		got = &article.Image{}
	} else {
		t.imageURL.addBool(id, url, imageKey(want.URL) == imageKey(got.URL))
	}
	// A caption counts as right when its word tokens overlap the truth's
	// with an F1 of at least 0.8, which forgives a stray label or credit.
	if FoldSpace(want.Caption) != "" {
		t.caption.addBool(id, url, tokenF1(want.Caption, got.Caption) >= 0.8)
	}
	if FoldSpace(want.Credit) != "" {
		t.credit.addBool(id, url, Fold(want.Credit) == Fold(got.Credit))
	}
}

// hasAgency reports whether an organisation author is the agency, compared
// by foldAgency. "AP" does not match "Associated Press": the truth writes
// the name the byline displays.
func hasAgency(authors []article.Author, agency string) bool {
	for _, a := range authors {
		if a.Organization && foldAgency(a.Name) == foldAgency(agency) {
			return true
		}
	}
	return false
}

// sectionHeadings lists the article's non-empty section headings.
func sectionHeadings(a *article.Article) []string {
	var hs []string
	for _, s := range a.Sections {
		if s.Heading != "" {
			hs = append(hs, s.Heading)
		}
	}
	return hs
}

// relatedURLs lists the targets of the article's related links.
func relatedURLs(a *article.Article) []string {
	var urls []string
	for _, l := range a.Related {
		urls = append(urls, l.URL)
	}
	return urls
}

// truthURLs lists the targets of the truth's related links.
func truthURLs(links []TruthLink) []string {
	var urls []string
	for _, l := range links {
		urls = append(urls, l.URL)
	}
	return urls
}

// promosLeft counts the promo lines that Text() still holds, both sides
// compared after Fold.
func promosLeft(text string, promos []string) int {
	text = Fold(text)
	n := 0
	for _, promo := range promos {
		if promo = Fold(promo); promo != "" && strings.Contains(text, promo) {
			n++
		}
	}
	return n
}
