package article

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on a credit found in a caption. A longer tail is a sentence of the
// caption, not a credit.
const (
	maxLabelledCreditWords = 12
	maxBareCreditWords     = 10
	maxCreditRunes         = 160
	// maxLowerCreditWords allows "Jane Doe, staff photographer".
	maxLowerCreditWords = 2
)

// Labels that introduce a photo credit.
const (
	// creditColonLabels are followed by a colon: "Photo: ", "Crédit photo : ".
	creditColonLabels = `photo\s*credits?|image\s*credits?|picture\s*credits?|crédits?\s*photos?|` +
		`photographers?|photo(?:graph)?s?|pictures?|images?|credits?|crédits?|fotos?|fotó|fotografie|` +
		`bild(?:er)?|illustrations?|graphics?|sources?|kuva|zdjęcie|фото`
	// creditByLabels are followed by "by": "Photo by ".
	creditByLabels = `photo(?:graph)?s?|pictures?|images?|illustrations?|photographed`
	// creditCourtesyLabel names a picture lent by its owner: "Photo
	// courtesy of ", "Image courtesy ".
	creditCourtesyLabel = `(?:photo(?:graph)?s?|pictures?|images?)\s+courtesy(?:\s+of)?\b`
	// creditCopyright is a copyright sign or notice.
	creditCopyright = `©|\(c\)|copyright\b(?:\s*(?:©|\(c\)))?`
)

// creditLabelEnd ends a label: a colon, or the dots some pages print
// after it instead ("Credit...Jane Doe").
const creditLabelEnd = `\s*(?::|\.{2,}|…)`

var (
	// creditLabelAt matches a credit label at the start of a text; a
	// label anywhere in a caption is found by trying it where
	// mayStartCreditLabel allows.
	creditLabelAt = regexp.MustCompile(`(?i)^(?:` + creditColonLabels + `)` + creditLabelEnd + `|^(?:` +
		creditByLabels + `)\s+by\b|^` + creditCourtesyLabel + `|^(?:` + creditCopyright + `)`)
	// creditLabelPrefix matches a label opening a credit, with the year
	// that may follow a copyright sign ("© 2023 Jane Doe").
	creditLabelPrefix = regexp.MustCompile(`(?i)^(?:(?:` + creditColonLabels + `)` + creditLabelEnd + `|(?:` +
		creditByLabels + `)\s+by\b|` + creditCourtesyLabel + `|(?:` + creditCopyright + `)(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?\b,?)?)\s*`)
	// creditAgencySlash finds an agency-first credit, "REUTERS/Jane Doe" or
	// "AP Photo/Jane Doe", which needs no punctuation before it.
	creditAgencySlash = regexp.MustCompile(`\b(?:` + strings.Join(agencySlashNames, "|") + `)\s*/\s*\S`)
)

// agencySlashNames are the agency names that open an agency-first credit,
// in the order creditAgencySlash tries them.
var agencySlashNames = []string{"REUTERS", "Reuters", "AP Photo", "AFP Photo", "AFP", "EPA-EFE", "EPA", "ANSA",
	"dpa", "TASS", "Xinhua", "Anadolu", "AAP Image", "PA Images", "PA Image", "PA Wire"}

// creditSources are words that name a photo agency, stock library or
// source of pictures; a short unlabelled tail holding one is a credit.
var creditSources = bylineWordSet(`getty getty_images gettyimages shutterstock
	alamy istock istockphoto sipa sipa_usa zuma zuma_press zuma_wire nurphoto
	lightrocket sopa_images imago picture_alliance picture-alliance corbis
	wikimedia wikimedia_commons unsplash pexels pixabay flickr handout
	courtesy magnum polaris redux keystone ap_photo afp_photo file_photo
	pool_photo pool reuters_pictures pa_images aap_image abaca bildbyrån
	scanpix ritzau_scanpix lehtikuva nasa`)

// creditConnectors are lower-case words a credit may hold between names:
// "Jane Doe/AFP via Getty Images", "Jane Doe for The Times".
var creditConnectors = bylineWordSet(`via for and of de di da van von der den
	du la le y the photo photos images file pool handout courtesy archive
	dpa epd picture alliance picture-alliance`)

// splitCredit splits a photo caption into its description and the credit
// written into it, such as "Protesters in Paris. Photo: Jane Doe/AFP".
//
// It recognises, in order:
//
//  1. A labelled credit ending the caption: "Photo: X", "Photograph: X",
//     "Photo by X", "Photo courtesy of X", "Picture: X", "Image: X", "Credit: X", "Foto: X",
//     "Bild: X", "Crédit photo : X", "Source: X", "Illustration: X", "© X",
//     "(c) X", "Copyright X", or any of them in parentheses: "(Image: X)".
//     A label in lower case counts only after punctuation, so "she holds a
//     photo by her father" is not split.
//  2. A parenthesised source ending the caption: "(Reuters)", "(AP
//     Photo/Jane Doe)".
//  3. An unlabelled credit after the caption's last sentence or "|", "–",
//     "—" or " - ": "Jane Doe/AFP via Getty Images", "REUTERS/Jane Doe",
//     "Jane Doe / Getty Images", or any "Photographer/Source" of three
//     words or more ("Jane Doe/Northwind"); after "|", also a short
//     personal name.
//  4. An agency-first credit at the end: "... REUTERS/Jane Doe".
//  5. A caption that is only a credit: "Alexander Patrin / TASS", "Getty
//     Images", "AFP".
//  6. A source after a final "via": "The new keyboard via iFixit" gives
//     "iFixit", when the description before it has three words or more and
//     the source is one to four capitalised words.
//
// An unlabelled credit must be short, capitalised like a name and hold a
// known agency or picture source (Getty Images, Shutterstock, AFP, AP,
// Reuters, EPA, TASS...). The credit is returned without its label,
// parentheses or trailing dots, as cleanCredit does; text keeps its own
// punctuation. Both are whitespace-folded and free of dangling separators.
// Text is "" when the caption is only a credit. When no credit is found it
// returns the folded caption and "". It never panics.
func splitCredit(caption string) (text, credit string) {
	caption = foldSpaceRunes(caption)
	if caption == "" {
		return "", ""
	}
	for _, split := range [...]func(string) (string, string, bool){
		splitLabelledCredit,
		splitParenthesisedCredit,
		splitTrailingCredit,
		splitAgencySlashCredit,
		splitWholeCredit,
		splitViaCredit,
	} {
		if t, c, ok := split(caption); ok {
			if c = cleanCredit(c); c != "" {
				return trimDangling(t), c
			}
		}
	}
	return caption, ""
}

// splitLabelledCredit finds a credit introduced by a label.
func splitLabelledCredit(caption string) (text, credit string, ok bool) {
	for start, end := nextCreditLabel(caption, 0); start >= 0; start, end = nextCreditLabel(caption, end) {
		before := strings.TrimRightFunc(caption[:start], unicode.IsSpace)
		prev, _ := utf8.DecodeLastRuneInString(before)
		label := caption[start:end]
		first, _ := utf8.DecodeRuneInString(label)
		// A sign, "©" or "(c)", needs no boundary before it.
		sign := first == '©' || first == '('
		if !sign && len(before) == start && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
			continue // the end of a longer word, such as "Telephoto:"
		}
		paren := !sign && (prev == '(' || prev == '[')
		atBoundary := before == "" || paren || isCreditBoundaryRune(prev)
		if !atBoundary && !unicode.IsUpper(first) && !sign {
			continue // "a photo: ..." in the middle of a sentence
		}
		rest, after := caption[end:], ""
		if paren {
			before = strings.TrimRightFunc(before[:len(before)-1], unicode.IsSpace)
			// Look for the closing parenthesis only as far as a credit
			// can reach, so that many open ones cost no more than one.
			window := rest[:min(len(rest), utf8.UTFMax*maxCreditRunes)]
			if i := strings.IndexAny(window, ")]"); i >= 0 {
				rest, after = rest[:i], strings.TrimLeft(rest[i+1:], " .")
			}
		}
		if !isCopyrightLabel(label) || startsLikeCreditHolder(rest) {
			if plausibleLabelledCredit(rest) {
				// The label goes with the credit, so that cleanCredit also
				// removes a year after a copyright sign.
				return joinText(before, after), label + rest, true
			}
		}
	}
	return "", "", false
}

// nextCreditLabel returns where the first credit label at or after from
// starts and ends in s, or -1, -1. Labels follow one another as the
// matches of the unanchored expression would: the search resumes where
// the last label ended.
func nextCreditLabel(s string, from int) (start, end int) {
	for i := from; i < len(s); i++ {
		if !mayStartCreditLabel(s, i) {
			continue
		}
		if m := creditLabelAt.FindStringIndex(creditLabelWindow(s, i)); m != nil {
			return i, i + m[1]
		}
	}
	return -1, -1
}

// creditLabelPrefixEnd returns where the label opening s, as
// creditLabelPrefix matches it, ends, or 0 when s opens with none.
func creditLabelPrefixEnd(s string) int {
	if s == "" || !mayStartCreditLabel(s, 0) {
		return 0
	}
	if loc := creditLabelPrefix.FindStringIndex(creditLabelWindow(s, 0)); loc != nil {
		return loc[1]
	}
	return 0
}

// maxLabelBytes bounds the bytes other than whitespace and dots that a
// label can span from its start, with a copyright year and the rune
// after it that a word boundary reads: about 40, with a margin.
const maxLabelBytes = 64

// creditLabelWindow returns s from i on as far as a label starting at i
// can reach, so that the expressions read a few dozen bytes rather than
// the whole caption. Only whitespace and dots repeat without bound in a
// label, and the window takes every one of them it meets.
func creditLabelWindow(s string, i int) string {
	n := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ' ', '\t', '\n', '\f', '\r', '.':
			continue
		}
		if n++; n > maxLabelBytes {
			return s[i:j]
		}
	}
	return s[i:]
}

// mayStartCreditLabel reports whether a credit label could start at byte
// i of s, from the first two to four letters of every label with the
// case folding of the expressions: "K" (Kelvin sign) folds to "k" and "ſ"
// to "s". It answers true for any start it cannot rule out cheaply.
func mayStartCreditLabel(s string, i int) bool {
	next := func(k int, a, b byte) bool {
		return i+k < len(s) && lowerASCIIByte(s[i+k]) == a && (b == 0 || i+k+1 < len(s) && lowerASCIIByte(s[i+k+1]) == b)
	}
	switch s[i] {
	case 'p', 'P':
		// "photo", "picture"
		return (next(1, 'h', 'o') || next(1, 'i', 'c')) && next(3, 't', 0)
	case 'i', 'I':
		// "image", "illustration"
		return next(1, 'm', 'a') && next(3, 'g', 0) || next(1, 'l', 'l') && next(3, 'u', 0)
	case 'c', 'C':
		// "credit", "crédit", "copyright"
		return next(1, 'r', 'e') && next(3, 'd', 0) || next(1, 'o', 'p') && next(3, 'y', 0) ||
			next(1, 'r', 0) && i+3 < len(s) && (s[i+2:i+4] == "é" || s[i+2:i+4] == "É")
	case 'f', 'F':
		return next(1, 'o', 't')
	case 'b', 'B':
		return next(1, 'i', 'l') && next(3, 'd', 0)
	case 'g', 'G':
		return next(1, 'r', 'a') && next(3, 'p', 0)
	case 's', 'S':
		return next(1, 'o', 'u') && next(3, 'r', 0)
	case 'k', 'K':
		return next(1, 'u', 'v')
	case 'z', 'Z':
		return next(1, 'd', 'j')
	case '(':
		return next(1, 'c', ')')
	case 0xc5: // "ſ"
		return i+1 < len(s) && s[i+1] == 0xbf && next(2, 'o', 'u') && next(4, 'r', 0)
	case 0xe2: // "K"
		return strings.HasPrefix(s[i:], "\u212a") && next(3, 'u', 'v')
	case 0xc2: // "©"
		return i+1 < len(s) && s[i+1] == 0xa9
	case 0xd0, 0xd1: // "Ф", "ф"
		return strings.HasPrefix(s[i:], "Ф") || strings.HasPrefix(s[i:], "ф")
	}
	return false
}

// isCopyrightLabel reports whether label is the word "Copyright", which,
// unlike a sign, also opens ordinary sentences.
func isCopyrightLabel(label string) bool {
	return len(label) >= 9 && strings.EqualFold(label[:9], "copyright")
}

// startsLikeCreditHolder reports whether s starts as a copyright holder
// does: with a sign, a year or a capital.
func startsLikeCreditHolder(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return r == '©' || r == '(' || unicode.IsDigit(r) || unicode.IsUpper(r)
}

// plausibleLabelledCredit reports whether s, the text after a label, is
// short enough to be a credit, is not followed by more sentences and does
// not read as a description ("Photo: A man walks his dog"), which has more
// lower-case words than a credit's "for", "via" or "courtesy of the".
func plausibleLabelledCredit(s string) bool {
	// Checked on bytes first, so that a caption with many labels is not
	// read again from each of them.
	if len(s) > utf8.UTFMax*maxCreditRunes || utf8.RuneCountInString(s) > maxCreditRunes {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxLabelledCreditWords {
		return false
	}
	lower := 0
	for _, w := range words {
		if !isCreditWord(w) {
			lower++
		}
	}
	return lower <= maxLowerCreditWords && !holdsSentenceBreak(words)
}

// holdsSentenceBreak reports whether a word other than the last ends a
// sentence: it ends in ".", "!" or "?" and is not an initial or an
// abbreviation with inner dots ("J.", "U.S.").
func holdsSentenceBreak(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "!") && !strings.HasSuffix(w, "?") {
			continue
		}
		core := strings.TrimRight(w, ".!?")
		if utf8.RuneCountInString(core) > 1 && !strings.Contains(core, ".") {
			return true
		}
	}
	return false
}

// splitParenthesisedCredit finds a source in parentheses ending the
// caption: "(Reuters)", "(AP Photo/Jane Doe)".
func splitParenthesisedCredit(caption string) (text, credit string, ok bool) {
	t := strings.TrimRight(caption, " .")
	closing := strings.LastIndexAny(t, ")]")
	if closing != len(t)-1 || closing < 0 {
		return "", "", false
	}
	opening := strings.LastIndexAny(t[:closing], "([")
	if opening < 0 {
		return "", "", false
	}
	inner := t[opening+1 : closing]
	if !looksLikeCredit(inner) && !looksLikeSlashCredit(inner) {
		return "", "", false
	}
	return caption[:opening], inner, true
}

// looksLikeSlashCredit reports whether a parenthesised run reads as a
// "Source/Photographer" credit: a few capitalised words on each side of a
// slash, such as "(NASA/JPL-Caltech)" or "(Space Center/Jane Doe)". In
// parentheses at the end of a caption that shape is a credit even when the
// source is no agency the parser knows.
func looksLikeSlashCredit(s string) bool {
	s = strings.TrimSpace(s)
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 || len(strings.Fields(s)) > 9 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 {
			return false
		}
		for _, w := range words {
			if !isCreditWord(w) {
				return false
			}
		}
		if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// minSlashCreditWords is the fewest words, counted across the slash, of an
// unlabelled "Photographer/Source" credit from a source the parser does
// not know ("Jane Doe/Northwind"): fewer ("Before/After") is no credit.
// Set by hand: a name of two words and a source of one.
const minSlashCreditWords = 3

// looksLikeNamedSlashCredit reports whether s reads as a "Photographer/
// Source" credit, the form wire services and newspapers write after a
// caption ("Jane Doe/Northwind", "Jane Doe / The Daily Courier"), from
// any source: looksLikeSlashCredit with three words or more.
func looksLikeNamedSlashCredit(s string) bool {
	n := len(strings.FieldsFunc(s, func(r rune) bool { return r == '/' || unicode.IsSpace(r) }))
	return n >= minSlashCreditWords && looksLikeSlashCredit(s)
}

// splitWholeCredit recognises a caption that is nothing but a credit.
func splitWholeCredit(caption string) (text, credit string, ok bool) {
	if looksLikeCredit(caption) {
		return "", caption, true
	}
	return "", "", false
}

// maxViaCreditWords bounds the source named after "via".
const maxViaCreditWords = 4

// splitViaCredit finds a source named after the caption's last "via".
func splitViaCredit(caption string) (text, credit string, ok bool) {
	t := strings.TrimRight(caption, " .")
	i := strings.LastIndex(t, " via ")
	if i < 0 {
		return "", "", false
	}
	src := t[i+len(" via "):]
	words := strings.Fields(src)
	if len(words) == 0 || len(words) > maxViaCreditWords || wordCount(t[:i]) < 3 {
		return "", "", false
	}
	for _, w := range words {
		if !strings.ContainsFunc(w, unicode.IsUpper) && !lowerIn(creditConnectors, w) {
			return "", "", false
		}
	}
	return t[:i], src, true
}

// splitTrailingCredit finds an unlabelled credit after the last sentence
// or separator of the caption.
func splitTrailingCredit(caption string) (text, credit string, ok bool) {
	t := strings.TrimRight(caption, " .")
	at, width := lastCreditBoundary(t)
	if at < 0 {
		return "", "", false
	}
	seg := t[at+width:]
	pipe := strings.TrimSpace(t[at:at+width]) == "|"
	if looksLikeCredit(seg) || looksLikeNamedSlashCredit(seg) || (pipe && looksLikePersonName(seg)) {
		// Keep the sentence's own full stop in the text.
		return strings.TrimRight(t[:at+width], " |–—-"), seg, true
	}
	return "", "", false
}

// lastCreditBoundary returns where the last sentence end or separator in s
// starts, and its width in bytes, or -1. A full stop after a single letter
// is an initial ("J. Doe/AFP"), not a boundary.
func lastCreditBoundary(s string) (at, width int) {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] != ' ' {
			continue
		}
		prev, size := utf8.DecodeLastRuneInString(s[:i])
		switch prev {
		case '.', '!', '?':
			if prev == '.' && isInitialBefore(s[:i-size]) {
				continue
			}
			return i, 1
		case '|', '–', '—', '-':
			if i-size > 0 && s[i-size-1] == ' ' {
				return i - size - 1, size + 2
			}
		}
	}
	return -1, 0
}

// isInitialBefore reports whether s ends in a single letter that starts a
// word, so that a dot after it marks an initial.
func isInitialBefore(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	return len(s) == size || p == ' ' || p == '.'
}

// splitAgencySlashCredit finds an agency-first credit such as
// "REUTERS/Jane Doe" ending the caption.
func splitAgencySlashCredit(caption string) (text, credit string, ok bool) {
	if !mayHoldAgencySlash(caption) {
		return "", "", false
	}
	locs := creditAgencySlash.FindAllStringIndex(caption, -1)
	if len(locs) == 0 {
		return "", "", false
	}
	start := locs[len(locs)-1][0]
	seg := caption[start:]
	if len(strings.Fields(seg)) > 6 || !looksLikeCredit(seg) {
		return "", "", false
	}
	return caption[:start], seg, true
}

// mayHoldAgencySlash reports whether one of agencySlashNames ends just
// before a slash of s, white space aside, as it does in every match of
// creditAgencySlash: most captions have no slash, or none after an
// agency's name.
func mayHoldAgencySlash(s string) bool {
	for i := strings.IndexByte(s, '/'); i >= 0; {
		before := strings.TrimRight(s[:i], " \t\n\f\r")
		for _, name := range agencySlashNames {
			if strings.HasSuffix(before, name) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '/')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// looksLikeCredit reports whether s, with no label, reads as a photo
// credit: at most ten words, each capitalised or a connector ("via",
// "for"), holding a known agency or picture source.
func looksLikeCredit(s string) bool {
	if len(s) > utf8.UTFMax*maxCreditRunes {
		return false
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if s == "" || utf8.RuneCountInString(s) > maxCreditRunes {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxBareCreditWords || holdsSentenceBreak(words) {
		return false
	}
	// All the words are tested before a source is looked for: a
	// description fails on its first lower-case word, and one source
	// found is enough.
	parts := strings.FieldsFunc(s, isCreditPartSeparator)
	for _, part := range parts {
		for _, w := range strings.Fields(part) {
			if !isCreditWord(w) {
				return false
			}
		}
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		for _, w := range strings.Fields(part) {
			if isCreditSource(w) {
				return true
			}
		}
		if isCreditSource(part) {
			return true
		}
	}
	return strings.Contains(s, " via ")
}

// isCreditPartSeparator reports whether r separates the parts of a credit,
// as in "Jane Doe/AFP", "EPA-EFE/Jane Doe".
func isCreditPartSeparator(r rune) bool {
	return r == '/' || r == ',' || r == ';' || r == '(' || r == ')'
}

// isCreditWord reports whether w may appear in a credit: a capitalised word,
// a number, a connector or a source written in lower case ("dpa").
func isCreditWord(w string) bool {
	core := strings.TrimFunc(w, isNotLetterOrDigit)
	if core == "" {
		// A slash or sign inside a credit, but not a dash or bar that
		// separates a description from its credit.
		return w == "/" || w == "&" || w == "+" || w == "©"
	}
	r, _ := utf8.DecodeRuneInString(core)
	if !unicode.IsLower(r) {
		return true
	}
	return lowerIn(creditConnectors, core) || isCreditSource(core)
}

// isCreditSource reports whether part names an agency or picture source.
// Agencies of three letters or fewer count only in capitals ("AP", not
// "ap"), except dpa and epd, which write their names in lower case.
func isCreditSource(part string) bool {
	var buf [maxPlainAgencyKey]byte
	if key, ok := plainAgencyKey(part, buf[:0]); ok {
		// The same tests on the same key, without building it by string
		// operations: most words of a caption are plain.
		if creditSources[string(key)] {
			return true
		}
		if !wireAgencies[string(key)] {
			return false
		}
		return len(key) > 3 || string(key) == "dpa" || string(key) == "epd" || strings.ToUpper(part) == part
	}
	key := agencyKey(part)
	if creditSources[key] {
		return true
	}
	if !isAgencyOfKey(part, key) {
		return false
	}
	if utf8.RuneCountInString(key) > 3 || key == "dpa" || key == "epd" {
		return true
	}
	return strings.ToUpper(part) == part
}

// maxPlainAgencyKey is the longest part plainAgencyKey reads into the
// buffers its callers keep on the stack; every agency's name is shorter.
const maxPlainAgencyKey = 48

// plainAgencyKey appends agencyKey(part) to buf and returns it, with true,
// when part is plain: ASCII letters and digits in words joined by single
// spaces, none of them "and", which isAgency would split on. For such a
// part agencyKey only lowercases and drops a leading "the ", and isAgency
// finds no combination. Any other part gives false.
func plainAgencyKey(part string, buf []byte) ([]byte, bool) {
	if part == "" || len(part) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(part); i++ {
		c := part[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' && i > 0 && i < len(part)-1 && part[i+1] != ' ':
		default:
			return nil, false
		}
		buf = append(buf, c)
	}
	key := buf
	if len(key) > 4 && string(key[:4]) == "the " {
		key = key[4:]
	}
	if bytes.Contains(key, []byte(" and ")) {
		return nil, false
	}
	return key, true
}

// looksLikePersonName reports whether s is two to four capitalised words
// without digits, as a photographer's name after "|" is.
func looksLikePersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) || strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
	}
	return cleanName(s) == strings.TrimRight(s, ".")
}

// isCreditBoundaryRune reports whether r, before a label, ends the text the
// label follows.
func isCreditBoundaryRune(r rune) bool {
	return strings.ContainsRune(".!?|–—-/:;,\"'”’»)]·•", r)
}

// joinText joins the text before and after a credit cut out of a caption.
func joinText(before, after string) string {
	before, after = trimDangling(before), strings.TrimSpace(after)
	switch {
	case after == "":
		return before
	case before == "":
		return after
	}
	return before + " " + after
}

// trimDangling trims whitespace and separators left at the ends of a
// caption once its credit is cut out; the caption's own full stop stays.
func trimDangling(s string) string {
	return strings.Trim(s, " |–—-/,;:([·•")
}

// cleanCredit normalises a photo credit taken from its own element, such as
// <span class="credit">: it folds whitespace and removes wrapping
// parentheses, labels ("Photo:", "Photograph:", "Picture:", "Image:",
// "Credit:", "Foto:", "Photo by", "Photo courtesy of", "©" with a
// following year, "(c)",
// "Copyright"), dangling separators and trailing dots. A final dot that
// ends an abbreviation with inner dots ("A.F.P.") is kept. It returns ""
// when nothing but labels and punctuation is left; it never panics.
func cleanCredit(s string) string {
	s = foldSpaceRunes(s)
	for {
		prev := s
		s = strings.TrimLeft(s, " |–—-/,;:·•")
		if (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) ||
			(strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")) {
			s = s[1 : len(s)-1]
		}
		// Unbalanced parentheses left by cutting a credit out of a caption.
		if strings.HasPrefix(s, "(") && !strings.Contains(s, ")") {
			s = s[1:]
		}
		if strings.HasSuffix(s, ")") && !strings.Contains(s, "(") {
			s = s[:len(s)-1]
		}
		// The label goes before trailing colons are trimmed, so that a bare
		// "Picture:" leaves nothing.
		if end := creditLabelPrefixEnd(s); end > 0 {
			s = s[end:]
		}
		s = trimCreditDots(strings.TrimRight(s, " |–—-/,;:·•"))
		if s == prev {
			return s
		}
	}
}

// trimCreditDots removes trailing dots unless the last word is an
// abbreviation with inner dots.
func trimCreditDots(s string) string {
	trimmed := strings.TrimRight(s, ".")
	if trimmed == s {
		return s
	}
	last := trimmed[strings.LastIndexAny(trimmed, " /")+1:]
	if strings.Contains(last, ".") {
		return s
	}
	return strings.TrimSpace(trimmed)
}
