package eval

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/articleparse/article"
	"golang.org/x/text/unicode/norm"
)

// day formats t as YYYY-MM-DD in its own zone, or "" for the zero Time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// sameDay reports whether t falls on the day the truth's timestamp states.
// The date part of the truth string (its first ten characters) is taken as
// written, not converted between zones: Article.Published keeps the page's
// own zone, so both sides name the page's calendar day.
func sameDay(truth string, t time.Time) bool {
	truth = strings.TrimSpace(truth)
	if len(truth) < len(time.DateOnly) || t.IsZero() {
		return false
	}
	return truth[:len(time.DateOnly)] == day(t)
}

// nameSeparators split a byline or author field into names: ";", ",", "&"
// and the words "and", "et" and "und". The trafilatura truth holds several
// names in one string separated by any of these ("Luana Patriolino; Raphael
// Felice", "David Brand and Ramsey Khalifeh", "CLARA LÖW, SIDDHARTH PRAKASH
// & KLAUS JACOB"), and a few lists; French and German bylines join names
// with "et" and "und".
var nameSeparators = regexp.MustCompile(`\s*(?:[;,&]|\b(?:and|et|und)\b)\s*`)

// byWord is the word that introduces a byline: "By", French "Par", Spanish
// and Portuguese "Por", German "Von".
var byWord = regexp.MustCompile(`^(?:by|par|por|von)\s+`)

// nameSet folds a byline-like string and splits it into a set of names,
// each without a leading "by" (see stripBy). The empty string gives the
// empty set. Both sides of a comparison go through it, so a name holding a
// separator ("Mac & i") is split alike on both.
func nameSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, name := range nameSeparators.Split(Fold(s), -1) {
		if name = stripBy(name); name != "" {
			set[name] = true
		}
	}
	return set
}

// stripBy removes a leading "by" (see byWord) from a folded byline.
func stripBy(s string) string {
	return strings.TrimSpace(byWord.ReplaceAllString(s, ""))
}

// authorNames lists the names of the authors; persons only when
// personsOnly is set.
func authorNames(authors []article.Author, personsOnly bool) []string {
	var names []string
	for _, a := range authors {
		if personsOnly && a.Organization {
			continue
		}
		names = append(names, a.Name)
	}
	return names
}

// foldedSet is the set of the folded, non-empty strings.
func foldedSet(ss []string) map[string]bool {
	set := make(map[string]bool)
	for _, s := range ss {
		if s = Fold(s); s != "" {
			set[s] = true
		}
	}
	return set
}

// equalSets reports whether a and b hold the same keys.
func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// setF1 is the F1 of got against want as sets. Both empty is a perfect 1.
func setF1(want, got map[string]bool) float64 {
	if len(want) == 0 && len(got) == 0 {
		return 1
	}
	common := 0
	for k := range got {
		if want[k] {
			common++
		}
	}
	return harmonic(ratio(float64(common), len(got)), ratio(float64(common), len(want)))
}

// tokenF1 is the F1 of the multisets of lower-cased word tokens of got
// against want. Both without tokens is a perfect 1.
func tokenF1(want, got string) float64 {
	w, g := Tokens(strings.ToLower(want)), Tokens(strings.ToLower(got))
	if len(w) == 0 && len(g) == 0 {
		return 1
	}
	counts := make(map[string]int)
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	return harmonic(ratio(float64(common), len(g)), ratio(float64(common), len(w)))
}

// titleSeparators join a headline and a site name in a <title>.
var titleSeparators = []string{" | ", " - ", " :: ", " · ", " / ", " [", ": ", " _ ", "_"}

// titleMatches reports whether got is the truth title, or the truth title
// with a site name attached before or after one of titleSeparators. The
// readability truth is Readability.js's title, which keeps the site suffix
// on some pages ("How to Build a Terrarium | eHow"), while Article.Title
// is documented to drop it.
func titleMatches(truth, got string) bool {
	t, g := Fold(truth), Fold(got)
	if g == "" {
		return false
	}
	if t == g {
		return true
	}
	for _, sep := range titleSeparators {
		if strings.HasPrefix(t, g+sep) || strings.HasSuffix(t, sep+g) {
			return true
		}
	}
	return false
}

// bylineMatches reports whether the article's byline agrees with the
// readability truth byline, which is the displayed byline text, sometimes
// with "By", sometimes only the author names. It is right when either
//
//  1. Article.Byline equals it after Fold and stripBy, or
//  2. the set of author names (Article.Authors, split as by nameSet) equals
//     the set of names in it.
func bylineMatches(truth string, a *article.Article) bool {
	t := stripBy(Fold(truth))
	if b := stripBy(Fold(a.Byline)); b != "" && b == t {
		return true
	}
	names := authorNames(a.Authors, false)
	return len(names) > 0 && equalSets(nameSet(truth), nameSet(strings.Join(names, "; ")))
}

// sizeSuffix matches one size or rendition marker at the end of an image
// file name's stem: "-1024x683", "_800", "-320" (two to four digits, so
// that "-4" in "photo-4" still tells pictures apart), ".0", "-scaled", and
// the New York Times' rendition names such as "-articleLarge" and
// "-superJumbo".
var sizeSuffix = regexp.MustCompile(`(?i)(?:[-_.](?:\d{1,5}x\d{1,5}|\d{2,4}|w\d{2,4}|h\d{2,4}|scaled|large|medium|small|thumb|thumbnail|` +
	`articlelarge|articleinline|superjumbo|jumbo|facebookjumbo|master\d+|popup|blog\d+|thumbstandard|thumblarge|` +
	`square\d+|mediumsquare\d+|mediumthreebytwo\d+|threebytwo\w*|videosixteenbynine\w*)|\.\d)$`)

// sizeParams are query parameters that choose a rendition of an image, not
// the image.
var sizeParams = []string{"w", "h", "width", "height", "q", "quality", "fit", "crop", "auto", "strip",
	"resize", "dpr", "format", "fm", "disable", "ssl"}

// imageKey names the picture an image URL shows, so that two renditions of
// one picture compare equal. The rule:
//
//  1. take the last non-empty path segment, unescaped and lower-cased
//     (earlier segments, such as "/w800/" or "/690*460/", are ignored);
//  2. drop its extension (".jpeg" counts as ".jpg") and then, repeatedly,
//     a trailing size marker (see sizeSuffix), and put the extension back;
//  3. when that segment has no extension it is not a file name (Reuters
//     serves "/resources/r/?...&i=1454231854&w=1200"): append the query
//     without its size parameters (see sizeParams).
//
// The scheme, host and query of a file name are ignored.
func imageKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return strings.ToLower(raw)
	}
	segments := strings.Split(strings.Trim(u.Path, "/"), "/")
	name := segments[len(segments)-1]
	if unescaped, err := url.PathUnescape(name); err == nil {
		name = unescaped
	}
	name = strings.ToLower(name)
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	for {
		trimmed := sizeSuffix.ReplaceAllString(stem, "")
		if trimmed == stem || trimmed == "" {
			break
		}
		stem = trimmed
	}
	if ext == ".jpeg" {
		ext = ".jpg"
	}
	if ext == "" {
		q := u.Query()
		for _, p := range sizeParams {
			q.Del(p)
		}
		return stem + "?" + q.Encode()
	}
	return stem + ext
}

// linkKey names a link's target for comparison: the host, lower-cased and
// without "www.", and the path without a trailing slash. The scheme, query
// and fragment are ignored.
func linkKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return host + strings.TrimSuffix(u.Path, "/")
}

// linkSet is the set of the links' keys.
func linkSet(urls []string) map[string]bool {
	set := make(map[string]bool)
	for _, u := range urls {
		if k := linkKey(u); k != "" {
			set[k] = true
		}
	}
	return set
}

// instantDayMatches reports whether t names the day of a truth that may
// be an instant with an offset ("2016-09-19T11:46:01.000Z",
// "2014-11-23T16:00:00+04:00") or a day ("2016-09-19"). It is right when
//
//  1. t's day in its own zone is the truth's day as written, or
//  2. t's day in UTC is the truth's day as written, or
//  3. the truth's instant falls on t's day in t's own zone;
//  4. and, with midnightShift, when the truth is a UTC instant on a whole
//     hour from 12:00 on and t is on the next day: Postlight Parser turned
//     a day-only date into the local midnight of a zone east of UTC (its
//     Japanese and German pages), which is that UTC afternoon.
func instantDayMatches(truth string, t time.Time, midnightShift bool) bool {
	truth = strings.TrimSpace(truth)
	if sameDay(truth, t) || sameDay(truth, t.UTC()) {
		return true
	}
	if t.IsZero() {
		return false
	}
	instant, err := time.Parse(time.RFC3339, truth)
	if err != nil {
		return false
	}
	if day(instant.In(t.Location())) == day(t) {
		return true
	}
	u := instant.UTC()
	if midnightShift && u.Hour() >= 12 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
		return day(u.AddDate(0, 0, 1)) == day(t)
	}
	return false
}

// startWindow is how far into the body text, in characters other than
// white space, the truth's beginning may start; startLength is how much of
// the truth's beginning is compared.
const (
	startWindow = 500
	startLength = 200
)

// startMatches reports whether the body text begins as the truth says:
// the truth's first startLength characters occur in text starting within
// its first startWindow characters, white space ignored on both sides.
// Postlight's starts are the first words of Mercury's content (at most a
// few hundred characters); goose's are the beginning of its cleaned text,
// which on a few pages runs to the whole article, hence the cut.
func startMatches(truth, text string) bool {
	want := []rune(noSpace(truth))
	if len(want) == 0 {
		return false
	}
	want = want[:min(len(want), startLength)]
	got := []rune(noSpace(text))
	got = got[:min(len(got), startWindow+len(want))]
	return strings.Contains(string(got), string(want))
}

// noSpace removes white space and invisible characters (see FoldSpace)
// and normalises to NFC.
func noSpace(s string) string {
	return strings.Join(strings.Fields(invisible.Replace(norm.NFC.String(s))), "")
}
