// Package eval measures the extraction quality of package article on the
// evaluation corpus (../shared/corpus beside the project; see its README).
//
// Each set of the corpus gives figures, every one a number in [0, 1]:
//
//   - scrapinghub: body precision, recall and F1 of Text() against the
//     benchmark's articleBody, by 4-token shingles exactly as evaluate.py of
//     scrapinghub/article-extraction-benchmark computes them (see BodyScore);
//   - trafilatura: snippet precision, recall, F1 and accuracy of Text(),
//     summed over all snippets (see ScoreSnippets), and the accuracy of
//     title, author and date on the pages whose truth states them;
//   - readability: the accuracy of title, byline and published date on the
//     pages whose truth states them, and the body F1 of Text() against the
//     text of Readability's expected reader view;
//   - structure: headline, person authors, agency, published day, lead
//     image presence, URL, caption and credit, section headings, related
//     links, and the share of body promo lines kept out of Text().
//
// Texts and names are compared after Fold. The rules that decide a match
// are documented where they are applied: titleMatches, bylineMatches,
// nameSet, sameDay, imageKey, linkKey, setF1 and tokenF1.
//
// Evaluator.Run produces a Report, Report.WriteTable prints it, and
// TestQualityFloors fails when a figure drops more than Tolerance below its
// floor in floors.json (`go test -update-floors` raises the floors).
//
// Files:
//
//	corpus.go    the truth of each set and reading the pages
//	run.go       parsing every page concurrently: Evaluator
//	score.go     the figures of each set
//	shingle.go   the Scrapinghub body metric
//	snippets.go  the trafilatura snippet metric
//	match.go     field comparisons: names, titles, dates, image and link keys
//	fold.go      text folding for comparisons
//	htmltext.go  the text of an HTML reader view
//	report.go    figures, the table and the weakest pages
//	floors.go    the floors and the quality gate
package eval
