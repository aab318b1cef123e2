package eval

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// typography maps the typographic variants of quotes and dashes to their
// plain ASCII forms, so that "It’s" and "It's" fold alike.
var typography = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`, "″", `"`,
	"–", "-", "—", "-", "−", "-", "‐", "-", "‑", "-", "‒", "-", "―", "-",
)

// FoldSpace collapses every run of Unicode white space (including no-break
// spaces) to one ASCII space and trims both ends. Characters a reader
// never sees (soft hyphens, zero-width spaces and joiners, byte order
// marks) are dropped first, on both sides of every comparison, so that a
// hyphenation hint in a page does not decide whether a snippet matches.
func FoldSpace(s string) string {
	return strings.Join(strings.Fields(invisible.Replace(s)), " ")
}

var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

// Fold is the comparison form of a short text such as a title or a name:
//
//  1. normalised to NFC, so composed and decomposed accents compare equal;
//  2. typographic quotes (‘’“”«» and kin) made plain and dashes (–—− and
//     kin) made "-";
//  3. lower-cased;
//  4. white space folded as by FoldSpace.
func Fold(s string) string {
	s = norm.NFC.String(s)
	s = typography.Replace(s)
	return FoldSpace(strings.ToLower(s))
}

// foldAgency is Fold without a leading "the ", so that "The Associated
// Press" matches "Associated Press".
func foldAgency(s string) string {
	return strings.TrimPrefix(Fold(s), "the ")
}
