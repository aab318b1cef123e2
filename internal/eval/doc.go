// Package eval measures the extraction quality of package article on the
// evaluation corpus (../shared/corpus beside the project; see its README).
//
// # Fit and check
//
// Every set is split into two fixed halves by a stable hash of the page id
// (HalfOf: the parity of the first byte of SHA-256(id)), and every figure
// is reported for each half. Pages of the fit half are read to find what
// goes wrong; the check half is only measured, and a change is kept when
// it raises fit without lowering check. A page two sets share under one id
// is in the same half in both.
//
// # Figures
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
//   - postlight: title, author, date (instantDayMatches), dek, lead image
//     (imageKey; Mercury's choice, mostly og:image, so a hint) and body
//     start (startMatches) on the pages whose tests assert them;
//   - htmldate: the published day;
//   - goose: title, author, date and body start where its tests expect them;
//   - structure: headline, person authors, agency, published day, lead
//     image presence, URL, caption and credit, section headings, related
//     links, and the share of body promo lines kept out of Text().
//
// Each figure carries N, the pages (snippets, promo lines) it is computed
// over; the table prints it beside the value. Precision figures can be
// raised by extracting nothing: they are never read alone but beside
// their recall and F1, which the gate also holds. "promos absent" counts
// every promo line of a page without a body as left, so that an empty
// output cannot raise it.
//
// Texts and names are compared after Fold. The rules that decide a match
// are documented where they are applied: titleMatches, bylineMatches,
// authorsMatch, nameSet, sameDay, instantDayMatches, startMatches,
// imageKey, linkKey, setF1 and tokenF1.
//
// Evaluator.Run produces a Report, Report.WriteTable prints it, and
// TestQualityFloors fails when a figure of either half drops more than
// Tolerance below its floor in floors.json, when a figure has no floor, and
// when a page fails to parse (`go test -update-floors` raises the floors;
// -reset-floors sets them to the current figures).
//
// Files:
//
//	corpus.go    the truth of each set and reading the pages
//	split.go     the fit and check halves
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
