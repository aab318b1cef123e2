package article

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameWords is the most words a name may have. Longer pieces of a byline
// are sentences, promos or navigation that leaked into the byline element.
const maxNameWords = 6

// maxNameRunes is the most characters a name may have; the longest personal
// and agency names are well under it.
const maxNameRunes = 80

// bylineNoise matches e-mail addresses, web addresses and social handles
// that pages print next to author names. They are replaced by a separator,
// so "Jane Doe jane@example.com John Roe" still yields two names.
var bylineNoise = regexp.MustCompile(`(?i)(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}|(?:https?://|www\.)\S+|(?:^|[^\p{L}\p{N}_.])@\w+`)

// Phrases that open a byline and are not part of a name. A phrase in the
// strict list is removed wherever it opens a piece; one in the loose list is
// also a plausible name part ("Di Maria", "Per Andersson"), so it is removed
// only when followed by a colon, or by a capitalised name of two words or
// more. Words are compared lower-cased without surrounding punctuation; a
// word ending in ":" must carry a colon on the page.
var (
	bylineStrictPrefixes = bylinePhrases(
		"by", "written by", "words by", "reported by", "reporting by",
		"additional reporting by", "written and reported by", "story by",
		"text by", "article by", "posted by", "published by", "compiled by",
		"interview by", "contributed by", "view all posts by", "all posts by",
		"posts by", "more from", "more by", "articles by", "stories by",
		"show all articles by", "all articles by",
		"alle artikel von", "alle beiträge von", "artikel von", "ein artikel von",
		"beitrag von", "ein beitrag von", "blog beitrag von", "erstellt von",
		"eingestellt von", "gespeichert von", "geposted von", "gepostet von",
		"veröffentlicht von", "publié par", "publicado por", "pubblicato da",
		"a cura di", "interview:", "interview von", "ein interview von", "redaktion:",
		"作者:", "记者:", "责任编辑:", "文:",
		"escrito por", "écrit par", "geschrieben von", "verfasst von",
		"scritto da", "geschreven door", "skrevet af", "skrevet av", "skriven av",
		"text von", "texto de", "testo di", "testi di", "texte de", "tekst door",
		"tekst van", "autor", "autorin", "autoren", "author",
		// "By our correspondent Jane Doe": the role follows and is
		// removed with the other roles.
		"by our", "from our", "von unserem", "von unserer", "de notre", "de nos",
		"par notre", "door onze", "van onze", "dal nostro", "dalla nostra",
		"del nostro", "de nuestro", "de nuestra", "do nosso", "da nossa",
		"authors", "auteur", "auteurs", "autore", "autori", "автор", "авторы")
	bylineLoosePrefixes = bylinePhrases(
		"von", "par", "por", "di", "door", "av", "af", "od", "от", "text", "текст",
		"texte", "texto", "tekst", "testo", "reporter", "writer",
	)
	// bylineCreditPrefixes open pieces that credit someone other than an
	// author (editors, photographers, translators); such pieces are dropped.
	bylineCreditPrefixes = bylinePhrases(
		"edited by", "editing by", "additional editing by", "copy edited by",
		"editor:", "photos by", "photo by", "photographs by", "photography by",
		"pictures by", "images by", "illustration by", "illustrations by",
		"graphics by", "video by", "design by", "designed by", "produced by",
		"production by", "fact-checked by", "fact checked by", "reviewed by",
		"medically reviewed by", "translated by", "translation by", "übersetzt von",
		"übersetzung:", "traduit par", "traducción de", "traduzione di", "photo:",
		"photos:", "photograph:", "foto:", "fotos:", "bild:", "bilder:",
		"illustration:", "video:", "grafik:", "редактор:", "фото:", "фото из",
		"photo from", "photos from", "foto von", "fotos von", "foto aus",
		"photo de", "photos de")
)

// Word tables. All keys are lower case.
var (
	// bylineConjunctions join co-authors. bylineLowerConjunctions are single
	// letters that only join names when written in lower case, since upper
	// case they are initials ("Jane E Doe").
	bylineConjunctions      = bylineWordSet("and und et en och og with mit avec con com")
	bylineLowerConjunctions = bylineWordSet("e y i и u")

	// bylineStopWords end the byline: what follows is a date or a widget.
	bylineStopWords = bylineWordSet(`updated update published posted modified
		aktualisiert veröffentlicht erschienen publié publiée actualizado
		actualizada publicado publicada pubblicato aggiornato gepubliceerd
		bijgewerkt opdateret publiceret oppdatert publisert uppdaterad
		publicerad опубликовано обновлено publiziert datum quelle fuente
		fonte lesezeit lesedauer`)
	// bylineWidgetWords end the byline when they follow a name: "Jane Doe
	// Follow", "Jane Doe Twitter".
	bylineWidgetWords = bylineWordSet(`follow following share email e-mail
		twitter facebook linkedin instagram bio profile contact search show
		leave teilen hinterlasse schreibe kommentar kommentare comment comments
		commentaires comentarios anzahl vorlesen listen print view about more
		mehr all alle folgen suivre seguir segui volgen`)

	// bylinePlaceWords introduce where or for whom an author writes: "for The
	// Moscow Times", "in Paris", "Special to ...". The name ends before them.
	bylinePlaceWords = bylineWordSet("for in at from aus für pour para desde à")
	// bylineReportingWords go before a place word: "reporting from Kyiv".
	bylineReportingWords = bylineWordSet("reporting reports writing writes")

	// bylineRoleNouns are job titles that follow or precede a name.
	bylineRoleNouns = bylineWordSet(`writer writers reporter reporters
		correspondent correspondents editor editors editor-in-chief
		contributor contributors columnist columnists journalist journalists
		photographer photographers producer producers analyst analysts critic
		fellow fellows
		critics commentator blogger bloggers intern freelancer anchor
		presenter economist researcher stringer redakteur redakteurin
		redakteure korrespondent korrespondentin reporterin journaliste
		journalistes correspondant correspondante rédacteur rédactrice
		chroniqueur envoyé envoyée periodista periodistas corresponsal
		redactor redactora giornalista corrispondente redattore redattrice
		inviato inviata verslaggever redacteur correspondente repórter
		jornalista reportteri toimittaja journalisti корреспондент
		журналист обозреватель редактор autor autorin author auteur autore
		expert experte expertin spokesperson spokesman spokeswoman sprecher
		sprecherin pressesprecher pressesprecherin leiter leiterin projektleiter
		projektleiterin chefredakteur chefredakteurin rechtsanwalt rechtsanwältin
		記者 记者 기자 特派員 特派员 編集委員 論説委員 칼럼니스트 著
		korrespondenten redakteurs correspondants correspondantes envoyés
		envoyées corresponsales correspondenten redacteuren inviati
		spécial spéciale especial speciale`)
	// bylineRoleQualifiers are the words a role phrase may hold before its
	// noun: "Chief Economics Correspondent", "Health and Science Editor".
	bylineRoleQualifiers = bylineWordSet(`senior chief deputy associate
		assistant managing executive contributing staff special foreign
		political politics economics economic economy business finance
		financial markets science health medical sports sport technology tech
		education environment environmental climate energy diplomatic defence
		defense security legal investigative international national local
		regional world europe european us u.s uk africa asia china russia
		middle east west north south washington white house congressional
		culture arts music film food travel fashion style religion media royal
		crime courts justice opinion features feature news digital data social
		video photo audio weather global general lead principal visiting
		freelance guest junior online web breaking night weekend commissioning
		consulting copy city metro state property personal transport
		agriculture labour labor home affairs community entertainment tv
		television books literary wine motoring gaming games bureau parliamentary
		policy investigations investigations senior leitender leitende
		stellvertretender stellvertretende freier freie freelance grand
		and und et y`)

	// bylineCalendarWords are month and weekday names, full and abbreviated,
	// in the languages bylines are most often written in.
	bylineCalendarWords = bylineWordSet(`january february march april may june
		july august september october november december jan feb mar apr jun
		jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
		saturday sunday mon tue tues wed thu thur thurs fri sat sun januar
		februar märz juni juli oktober dezember montag dienstag mittwoch
		donnerstag freitag samstag sonntag janvier février mars avril mai juin
		juillet août septembre octobre novembre décembre lundi mardi mercredi
		jeudi vendredi samedi dimanche enero febrero marzo abril mayo junio
		julio agosto septiembre octubre noviembre diciembre gennaio febbraio
		aprile maggio giugno luglio settembre ottobre dicembre januari
		februari maart mei augustus oktober`)
	// bylineDateFillers sit around a date and go with it: "on", "at", "am",
	// time zones, "3 hours ago", "5 min read".
	bylineDateFillers = bylineWordSet(`on at am pm a.m p.m um le el den the
		op kl klo uhr h gmt utc bst cet cest est edt et pt pst pdt ist msk
		ago hours hour hrs hr minutes minute mins min read days day last
		| - – — / ·`)

	// bylineGenericWords are words that are not names on their own: a piece
	// made only of them ("admin", "Editorial Team", "News Desk", "staff and
	// agencies") names nobody.
	bylineGenericWords = bylineWordSet(`admin administrator administrators
		staff editor editors editorial redaktion redaction rédaction
		redacción redazione redactie redaksjon newsroom team guest guests
		anonymous unknown agencies agency wire wires news web online digital
		desk board the our your and of author authors user users webmaster
		site website nobody none null undefined nil n/a na root system service
		services reporter reporters writer writers correspondent
		correspondents contributor contributors columnist columnists
		journalist journalists post posts all view more read article articles
		story stories by follow share live blog moderator support content
		sponsored partner promoted release press-release email e-mail mail
		share print comments contact us no words wörter text texte texto
		interview von par por door phd md ma msc mba rd rn keine kein die
		der das le la les el il lo required optional protected me my we i`)
)

// bylineNames splits a displayed byline, or the value of an author meta tag,
// into the names it credits, in byline order.
//
// It accepts any string. The rules, in order:
//
//  1. Opening phrases ("By", "Written by", "Von", "Par", "Autor:", "От")
//     are removed; pieces crediting editors, translators or photographers
//     ("Editing by", "Übersetzt von:", "Photos by") are dropped, and
//     section labels ("Filed under", "Rubrik:") end the byline.
//  2. Names are split on ",", ";", "|", "/", "&", "+", parentheses, spaced
//     dashes and conjunctions ("and", "und", "et", "y", "e", "en", "och",
//     "og", "i", "и", "with"), so "Jane Doe with AFP" gives AFP as a name.
//  3. E-mail addresses, web addresses, handles (@x), role phrases ("Staff
//     Writer", "Chief Economics Correspondent"), places and employers
//     ("in Paris", "for The Moscow Times", "Special to ..."), sections
//     listed after "in", and dates, times, reading times and "Updated
//     ..." notes that leaked in are removed.
//  4. What is left must be plausible as a name: one to six words, at
//     least two letters, no digits or addresses, and not only boilerplate
//     ("admin", "staff", "Editorial Team", "agencies"). Organisations such
//     as "AFP", "Reuters" or "The Associated Press" are kept.
//  5. Names are kept as displayed and deduplicated case-insensitively.
//
// It returns nil when no plausible name is found. It runs in time linear in
// len(s) and never panics, on invalid UTF-8 included.
func bylineNames(s string) []string {
	return creditNames(appendBylineCredits(nil, s, -1))
}

// credit is one party a byline credits: a name, and whether the byline's
// wording makes it an organisation ("for Example News", "Example News
// Staff Writer" after a person's name).
type credit struct {
	name string
	org  bool
}

// bylineCredits is bylineNames that also says which names the byline's
// wording credits as organisations.
func bylineCredits(s string) []credit {
	return appendBylineCredits(nil, s, -1)
}

// creditNames lists the names of credits.
func creditNames(credits []credit) []string {
	if len(credits) == 0 {
		return nil
	}
	names := make([]string, len(credits))
	for i, c := range credits {
		names[i] = c.name
	}
	return names
}

// cleanName returns the single name s holds, with whitespace folded and
// surrounding punctuation, an opening "By", roles, places and dates removed,
// following the rules of bylineNames. When s holds several names it returns
// the first. It returns "" when nothing plausible as a name is left.
func cleanName(s string) string {
	if credits := appendBylineCredits(nil, s, 1); len(credits) > 0 {
		return credits[0].name
	}
	return ""
}

// appendBylineCredits appends to dst the credits of byline s, stopping
// after limit names when limit is positive.
func appendBylineCredits(dst []credit, s string, limit int) []credit {
	s = foldSpaceRunes(s)
	if mayHoldAddress(s) {
		s = stripAddresses(s)
	}
	// A spaced hyphen separates a name from what follows; a hyphen inside a
	// name ("Jean-Pierre") does not.
	s = strings.ReplaceAll(s, " - ", ",")
	if !isASCII(s) && strings.ContainsAny(s, fullWidthPunct) {
		// Chinese, Japanese and Korean bylines set their labels and
		// brackets in full-width forms: "文：", "［Jane Doe，Example］".
		s = fullWidthFolder.Replace(s)
	}
	s = spaceAfterColon(s)
	s = cutAtFiling(s)
	s = parentheticals(s)
	// "ByJane Doe": "By" and the name in adjacent elements with no space.
	if len(s) > 3 && s[:2] == "By" && s[2] >= 'A' && s[2] <= 'Z' && (s[3] >= 'a' && s[3] <= 'z' || s[3] == '.') {
		s = s[:2] + " " + s[2:]
	}

	// seen holds the lower-cased names of the credits appended, from
	// when a second one comes: most bylines name one person.
	var seen []string
	start, found := len(dst), 0
	for _, piece := range strings.FieldsFunc(s, isBylineSeparator) {
		tokens := strings.Fields(piece)
		// "Jane Doe, a professor at ..." or "Jane Doe A computer
		// scientist at ...": a biography begins, and the byline ends.
		bio := biographyStart(tokens, found > 0)
		ended := bio < len(tokens)
		tokens = tokens[:bio]
		for _, c := range namesInPiece(bylineWords(tokens), found > 0) {
			if strings.ContainsRune(c.name, openNick) {
				c.name = nickRestorer.Replace(c.name)
			}
			if found > 0 {
				if seen == nil {
					seen = []string{strings.ToLower(dst[start].name)}
				}
				key := strings.ToLower(c.name)
				if slices.Contains(seen, key) {
					continue
				}
				seen = append(seen, key)
			}
			dst = append(dst, c)
			found++
			if limit > 0 && found >= limit {
				return dst
			}
		}
		if ended {
			break
		}
	}
	return dst
}

// fullWidthPunct are the full-width forms of the punctuation bylines
// are read by; fullWidthFolder writes them as their ASCII forms. An ASCII
// byline holds none, and is not searched for them rune by rune.
const fullWidthPunct = "：（）［］【】／＝"

var fullWidthFolder = strings.NewReplacer("：", ":", "（", "(", "）", ")", "［", "[", "］", "]",
	"【", "[", "】", "]", "／", "/", "＝", "=")

// Chinese, Japanese and Korean bylines label what each person did with a
// word joined to the name by "・", "=" or a colon ("写真：Name", photos;
// "文・Name", text), or set after it ("Name 訳", translation), and close
// a name with a role word set after it, often without a space ("Name記者",
// "Name 기자": reporter). cjkAuthorLabels are the label words that credit
// the writer; cjkCreditLabels credit someone else (photographer,
// illustrator, translator, editor); cjkRoleSuffixes are the role words.
var (
	cjkAuthorLabels = bylineWordSet("文 取材 構成 著 著者 筆者 執筆 執筆者 作者 글")
	cjkCreditLabels = bylineWordSet(`写真 撮影 イラスト 絵 図 訳 翻訳 監訳 編集 写真提供
		摄影 图 翻译 编辑 责编 사진 그림 번역`)
	cjkRoleSuffixes = []string{"記者", "记者", "기자", "特派員", "特派员", "編集委員", "論説委員", "칼럼니스트"}
)

// cjkLabelled reads the labels of a Chinese, Japanese or Korean byline
// piece (see cjkAuthorLabels): it reports false when the piece credits
// someone other than the writer, a credit label opening it ("写真：Name")
// or following the name ("Name 訳"), and splits a role word off the end
// of a word ("Name記者" gives "Name", "記者"). A label that credits the
// writer is left to the name's reading: measured on the corpus, taking it
// off ("文・Name") changed no structure figure and lowered postlight's
// author figure, whose truth keeps such labels.
func cjkLabelled(tokens []bylineWord) ([]bylineWord, bool) {
	if len(tokens) == 0 {
		return tokens, true
	}
	if last := tokens[len(tokens)-1].text; len(tokens) > 1 && cjkCreditLabels[last] {
		return nil, false
	}
	if r, _ := utf8.DecodeRuneInString(tokens[0].text); r < 0x1100 {
		// No CJK script opens the piece.
		return tokens, true
	}
	if author, other, _ := cjkLabelRun(tokens[0].text); other && !author {
		return nil, false
	}
	out := make([]bylineWord, 0, len(tokens)+1)
	for _, t := range tokens {
		split := false
		for _, r := range cjkRoleSuffixes {
			if strings.HasSuffix(t.text, r) && len(t.text) > len(r) {
				out = append(out, newBylineWord(strings.TrimSuffix(t.text, r)), newBylineWord(r))
				split = true
				break
			}
		}
		if !split {
			out = append(out, t)
		}
	}
	return out, true
}

// cjkLabelRun reads the labels that open a word of a Chinese, Japanese
// or Korean byline: label words joined by "・" and closed by "・", "="
// or ":" ("取材・文=Name"), or a label word on its own. It reports whether
// they credit the writer, someone else, and what follows them. A word
// that opens with no label comes back whole, with author and other false.
func cjkLabelRun(w string) (author, other bool, rest string) {
	label, rest := "", w
	if i := strings.IndexAny(w, "=:"); i > 0 {
		label, rest = w[:i], strings.TrimLeft(w[i:], "=:")
	} else {
		parts := strings.Split(w, "・")
		k := 0
		for k < len(parts) && (cjkAuthorLabels[parts[k]] || cjkCreditLabels[parts[k]]) {
			k++
		}
		label, rest = strings.Join(parts[:k], "・"), strings.Join(parts[k:], "・")
	}
	if label == "" {
		return false, false, w
	}
	for _, p := range strings.Split(label, "・") {
		switch {
		case cjkAuthorLabels[p]:
			author = true
		case cjkCreditLabels[p]:
			other = true
		default:
			// Not a label: a name's own "・" or "=".
			return false, false, w
		}
	}
	return author, other, rest
}

// biographyStart returns the index of the token where a biography begins
// in a byline's piece: an indefinite article followed by a lower-case
// word, opening the piece after a name ("Jane Doe, a professor at") or
// following a capitalised name in it ("Jane Doe A computer scientist
// at"); len(tokens) when there is none.
func biographyStart(tokens []string, afterName bool) int {
	for k := 0; k+1 < len(tokens); k++ {
		if !startsUpper(tokens[k]) && (k > 0 || !afterName) && !nameParticles[tokens[k]] {
			break
		}
		switch tokens[k] {
		case "a", "an", "A", "An":
			if r, _ := utf8.DecodeRuneInString(tokens[k+1]); unicode.IsLower(r) && (k >= 2 || k == 0 && afterName) {
				return k
			}
		}
	}
	return len(tokens)
}

// Stand-ins for the parentheses of a nickname inside a name, which are
// otherwise separators; see parentheticals.
const (
	openNick  = '\uE000'
	closeNick = '\uE001'
)

// maxParenthetical is the longest parenthesised text, in bytes, read as a
// qualifier of a byline's name; a longer one is left to the separators.
// Room for a place and a desk ("Brussels, European bureau"); not tuned.
const maxParenthetical = 60

// parentheticals reads the parentheses a byline sets after a name. They
// qualify the name before them and name no one else: a place or desk
// ("Jane Doe (Brussels)"), an account ("Jane Doe (jdoe)"), initials or a
// role, and such text is dropped. Two kinds are kept: an organisation
// credited beside the person ("Jane Doe (AFP)"), which the separators then
// split off as a name of its own, and a nickname or middle name between
// the words of a full name ("William (Bill) Smith"), kept in the name.
func parentheticals(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		j += i
		inner := strings.TrimSpace(s[i+1 : j])
		before := strings.TrimRight(s[:i], " ")
		last, _ := utf8.DecodeLastRuneInString(before)
		afterName := before != "" && (unicode.IsLetter(last) || last == '.')
		switch {
		case !afterName || j-i > maxParenthetical || strings.ContainsRune(inner, '(') || looksLikeOrganization(inner):
			b.WriteString(s[:j+1])
		case isNickname(inner) && strings.HasPrefix(s[j+1:], " ") && startsUpper(s[j+2:]):
			b.WriteString(s[:i])
			b.WriteRune(openNick)
			b.WriteString(inner)
			b.WriteRune(closeNick)
		default:
			b.WriteString(before)
			b.WriteByte(',')
		}
		s = s[j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// isNickname reports whether s is one to three capitalised words or
// initials, as a nickname or middle name is.
func isNickname(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' {
				return false
			}
		}
	}
	return true
}

// nickRestorer puts back the parentheses parentheticals replaced.
var nickRestorer = strings.NewReplacer(string(openNick), "(", string(closeNick), ")")

// bylineFilingLabels file the article under a section or tags; a byline
// ends before them, whatever separators follow ("von Jane Doe in Rubrik:
// Autos > Tests", "By Jane Doe Filed under: Politics, Courts").
var bylineFilingLabels = [...]string{"rubrik:", "kategorie:", "kategorien:", "category:", "categories:",
	"filed under", "posted in", "abgelegt unter", "tags:", "schlagwörter:", "catégorie:", "categoría:"}

// cutAtFiling cuts s before the first of bylineFilingLabels.
func cutAtFiling(s string) string {
	// Every label holds a colon, "nder", "nter", "ted in" or a Chinese
	// "posted": most bylines are passed over without a lower-cased copy.
	if len(s) < 8 || strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "發") && !strings.Contains(s, "发") && !strings.Contains(s, "nder") &&
		!strings.Contains(s, "nter") && !strings.Contains(s, "ted in") {
		return s
	}
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		// Lower-casing changed byte offsets; leave the text as it is.
		return s
	}
	cut := len(s)
	for _, l := range bylineFilingLabels {
		if i := strings.Index(lower, l); i >= 0 && i < cut {
			cut = i
		}
	}
	if cut == len(s) {
		return s
	}
	if strings.TrimSpace(s[:cut]) == "" {
		// A label opening the text ("Posted in Politics by Jane Doe")
		// is read with the rest when a byline word follows it; else the
		// text only lists where the article is filed.
		for _, w := range strings.Fields(lower[cut:]) {
			switch w {
			case "by", "von", "par", "por", "di", "door", "av", "af":
				return s
			}
		}
		return ""
	}
	// "in Rubrik:": the place word goes with the label.
	return strings.TrimSuffix(strings.TrimRight(s[:cut], " "), " in")
}

// isBylineSeparator reports whether r separates names in a byline.
func isBylineSeparator(r rune) bool {
	switch r {
	case ',', ';', '|', '/', '\\', '&', '+', '(', ')', '[', ']', '{', '}',
		'<', '>', '·', '•', '‧', '∙', '–', '—', '、', '，', '；', '＆', '｜':
		return true
	}
	return false
}

// spaceAfterColon puts a space after a colon directly followed by a letter,
// so "By:Jane" reads as "By: Jane"; times such as "10:30" are left alone.
func spaceAfterColon(s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	colon := false
	for _, r := range s {
		if colon && unicode.IsLetter(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		colon = r == ':'
	}
	return b.String()
}

// namesInPiece returns the names in one piece of a byline, the text between
// two separators, given as words. afterName says a name came before this
// piece, so a piece ending in a role describes that name ("Jane Doe, Kyiv
// Correspondent") rather than naming someone, unless what the role leaves
// is an organisation ("Jane Doe, Example News Staff Writer"), which the
// piece then credits. The employer a name is written for ("Jane Doe for
// Example Magazine", "Special to Example Times") is credited as an
// organisation.
func namesInPiece(tokens []bylineWord, afterName bool) []credit {
	if n, _ := matchPhrase(tokens, creditPhrases); n > 0 {
		return nil
	}
	// "Share this article", "Twitter": a widget, unless the word also
	// opens a byline ("Follow Jane Doe").
	if len(tokens) > 0 {
		if tokens[0].kind&kindWidget != 0 {
			n, _ := matchPhrase(tokens, loosePhrases)
			if m, _ := matchPhrase(tokens, strictPhrases); n == 0 && m == 0 {
				return nil
			}
		}
	}
	tokens, ok := cjkLabelled(tokens)
	if !ok {
		return nil
	}
	tokens = restartAtBy(tokens)
	tokens = stripBylinePrefix(tokens)
	tokens = cutAtCredit(tokens)
	tokens = restartAtByWord(tokens)
	tokens = cutAtPossessive(tokens)
	tokens = cutAtStopWord(tokens)
	tokens = cutDates(tokens)
	tokens = trimLowerFillers(tokens)
	tokens = stripBylinePrefix(tokens)
	tokens, employer, ok := cutAtPlace(tokens)
	if !ok {
		// "Jane Doe, for Example Times"; a piece that opens with "for"
		// credits no one where no name came before it ("For subscribers").
		if !afterName {
			return nil
		}
		return employerCredit(nil, employer)
	}
	before := len(tokens)
	tokens, endsInRole := removeRoles(tokens)
	if afterName && (endsInRole || len(tokens) < before) {
		// "Jane Doe - Live Science Contributor": a piece after a name
		// that holds a role describes that name.
		if name := nameFromTokens(tokens); name != "" && looksLikeOrganization(name) {
			return employerCredit([]credit{{name, true}}, employer)
		}
		return employerCredit(nil, employer)
	}

	var names []credit
	start := 0
	for i := 0; i <= len(tokens); i++ {
		if i < len(tokens) && !isBylineConjunction(tokens[i].text) {
			continue
		}
		part := stripBylinePrefix(tokens[start:i])
		// "Jane Doe Associated Press": the agency's name ends the name,
		// set apart only by an element boundary on the page.
		if k := trailingAgency(part); k > 0 {
			if name := nameFromTokens(part[:len(part)-k]); name != "" {
				names = append(names, credit{name: name})
			}
			part = part[len(part)-k:]
		}
		if name := nameFromTokens(part); name != "" {
			names = append(names, credit{name: name})
		}
		start = i + 1
	}
	if len(names) == 0 {
		return nil
	}
	return employerCredit(names, employer)
}

// trailingAgency returns how many of the last words of a name's words
// (one to three) name a wire agency ("Jane Doe Associated Press", "Jane
// Doe AFP"), where at least two capitalised words stand before them; 0
// otherwise.
func trailingAgency(tokens []bylineWord) int {
	for k := 3; k >= 1; k-- {
		rest := len(tokens) - k
		if rest < 2 || !startsUpper(tokens[rest-1].text) || !startsUpper(tokens[0].text) {
			continue
		}
		if isAgency(joinWords(tokens[rest:])) && !isAgency(joinWords(tokens[:rest])) {
			return k
		}
	}
	return 0
}

// employerCredit appends to dst the organisation that the words after
// "for" or "Special to" name, when they read as a name: capitalised, a
// name's length, and no date. A site's address ("Example.com") is such a
// name here.
func employerCredit(dst []credit, employer []bylineWord) []credit {
	if len(employer) == 0 || len(employer) > maxNameWords || !startsUpper(employer[0].text) {
		return dst
	}
	name := joinWords(employer)
	if isDomainName(trimNamePunct(name)) {
		name = trimNamePunct(name)
	} else if name = nameFromTokens(employer); name == "" {
		return dst
	}
	return append(dst, credit{name, true})
}

// cutAtCredit ends the piece where a credit of someone other than the
// author begins: "Jane Doe Übersetzt von: John Roe", "Jane Doe edited by
// John Roe". A one-word credit phrase must carry its colon ("Foto:").
func cutAtCredit(tokens []bylineWord) []bylineWord {
	for i := 1; i < len(tokens); i++ {
		if n, _ := matchPhrase(tokens[i:], creditPhrases); n > 1 || n == 1 && strings.HasSuffix(tokens[i].text, ":") {
			return tokens[:i]
		}
	}
	return tokens
}

// restartAtBy skips a leading date note when a "by" follows it, as the
// stock WordPress entry meta reads: "Posted on 30 Sep 2023 by Jane Doe",
// "Published 30 Sep 2023 by Jane Doe".
func restartAtBy(tokens []bylineWord) []bylineWord {
	stop := -1
	for i, t := range tokens {
		if stop < 0 && t.kind&kindStop != 0 {
			stop = i
		}
		if stop >= 0 && i > stop && t.kind&kindBy != 0 {
			return tokens[i:]
		}
	}
	return tokens
}

// bylineByWords introduce the author in the middle of a line: "Erstellt
// von Jane Doe", "Disko von Jane Doe".
var bylineByWords = bylineWordSet("by von par por door")

// restartAtByWord skips a short lead-in before a word such as "by" or "von"
// that is followed by a capitalised name of two words or more, or before a
// byline label with a colon ("Datum: ... Autor: Jane Doe"). A lower-case
// word after "von" ("Ursula von der Leyen") or a single word ("Ludwig von
// Mises") is part of a name.
func restartAtByWord(tokens []bylineWord) []bylineWord {
	for i := 1; i < len(tokens) && i <= 3; i++ {
		rest := tokens[i+1:]
		if strings.HasSuffix(tokens[i].text, ":") && len(rest) > 0 {
			if n, _ := matchPhrase(tokens[i:], strictPhrases); n == 1 {
				return rest
			}
		}
		if tokens[i].kind&kindByWord != 0 && len(rest) >= 2 && startsUpper(rest[0].text) && startsUpper(rest[1].text) {
			return rest
		}
	}
	return tokens
}

// cutAtPossessive ends a name at a possessive: "Jane Doe's Posts", "Jane
// Doe’s Discussions" name Jane Doe.
func cutAtPossessive(tokens []bylineWord) []bylineWord {
	for i, t := range tokens[:max(len(tokens)-1, 0)] {
		for _, p := range [...]string{"'s", "’s"} {
			if i > 0 && strings.HasSuffix(t.text, p) {
				out := append([]bylineWord(nil), tokens[:i]...)
				return append(out, newBylineWord(strings.TrimSuffix(t.text, p)))
			}
		}
	}
	return tokens
}

// trimLowerFillers removes the lower-case words a removed date leaves at
// the end of a name ("Jane Doe am", "Jane Doe on") and weekday names.
// Other capitalised ones may be names ("May").
func trimLowerFillers(tokens []bylineWord) []bylineWord {
	for len(tokens) > 1 {
		last := tokens[len(tokens)-1]
		// "Jane Doe on Thu": a lower-case filler before a month or an
		// abbreviated weekday says both are the date.
		if len(tokens) > 2 && last.kind&kindCalendar != 0 {
			if f := tokens[len(tokens)-2]; isLowerWord(f.text) && f.kind&kindFiller != 0 {
				tokens = tokens[:len(tokens)-2]
				continue
			}
		}
		if !(isLowerWord(last.text) && last.kind&kindFiller != 0) && last.kind&kindWeekday == 0 {
			break
		}
		tokens = tokens[:len(tokens)-1]
	}
	return tokens
}

// bylineWeekdays are the full weekday names that a date split off by a
// comma leaves after a name ("Jane Doe Thursday, November 9"); unlike
// months ("May") they are not names.
var bylineWeekdays = bylineWordSet(`monday tuesday wednesday thursday friday
	saturday sunday montag dienstag mittwoch donnerstag freitag samstag
	sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
	miércoles jueves viernes sábado domingo`)

// stripBylinePrefix removes opening phrases such as "By" or "Autor:".
func stripBylinePrefix(tokens []bylineWord) []bylineWord {
	for len(tokens) > 0 {
		if n, _ := matchPhrase(tokens, strictPhrases); n > 0 {
			tokens = tokens[n:]
			continue
		}
		n, colon := matchPhrase(tokens, loosePhrases)
		if n == 0 {
			return tokens
		}
		rest := tokens[n:]
		// "Par AFP", "Von dpa": a lone agency after the phrase is a name
		// too, and so is any lone word after a by-word ("von jdoe"):
		// authors are not credited by a surname alone.
		lone := len(rest) == 1 && (isAgency(rest[0].text) || isAcronym(rest[0].text) || tokens[0].kind&kindByWord != 0)
		// "von example-news Redaktion", "par jdoe": a by-word before a
		// lower-case word that is no name particle ("von der Leyen") is
		// the byline's phrase, and the account or site name follows.
		account := len(rest) > 0 && tokens[0].kind&kindByWord != 0 && isLowerWord(rest[0].text) && rest[0].kind&kindParticle == 0
		if !colon && !lone && !account && (len(rest) < 2 || !startsUpper(rest[0].text)) {
			return tokens
		}
		tokens = rest
	}
	return tokens
}

// matchBylinePhrase returns how many tokens the longest phrase of phrases
// opening tokens takes, and whether the phrase ended in a colon. A lone ":"
// token after the phrase is taken with it ("Par : Jean Dupont").
func matchBylinePhrase(tokens []string, phrases phraseList) (n int, colon bool) {
	if len(tokens) == 0 {
		return 0, false
	}
	return longestPhrase(lookupWord(phrases.byFirst, tokens[0]), len(tokens), func(i int) string { return tokens[i] })
}

// matchPhrase is matchBylinePhrase for a piece's words and one of the
// phrase lists: strictPhrases, loosePhrases or creditPhrases.
func matchPhrase(words []bylineWord, list int) (n int, colon bool) {
	if len(words) == 0 || words[0].opens == nil {
		return 0, false
	}
	return longestPhrase(words[0].opens[list], len(words), func(i int) string { return words[i].text })
}

// longestPhrase is matchBylinePhrase given the phrases that open with the
// first of count tokens, token(i) being the i-th.
func longestPhrase(phrases [][]string, count int, token func(int) string) (n int, colon bool) {
	for _, p := range phrases {
		if len(p) > count || len(p) <= n {
			continue
		}
		matched, hasColon := true, false
		for i, w := range p {
			needColon := strings.HasSuffix(w, ":")
			hasColon = strings.HasSuffix(token(i), ":")
			if (i > 0 && normWord(token(i)) != strings.TrimSuffix(w, ":")) || (needColon && !hasColon) {
				matched = false
				break
			}
		}
		if matched {
			n, colon = len(p), hasColon
		}
	}
	if n > 0 && n < count && token(n) == ":" {
		n, colon = n+1, true
	}
	return n, colon
}

// cutAtStopWord ends the piece at "Updated", "Published" and the like, and
// at widget words ("Follow", "Twitter") that come after a name.
func cutAtStopWord(tokens []bylineWord) []bylineWord {
	for i, t := range tokens {
		// "Jane Doe Stand: 05.02.2020": German "Stand" with a colon
		// dates the text.
		if t.kind&kindStop != 0 || (i > 0 && t.kind&kindWidget != 0) || (i > 0 && strings.HasSuffix(t.text, ":") && t.kind&kindStand != 0) {
			return trimDateFillers(tokens[:i])
		}
		// "Jane Doe Foto: John Roe": a credit label ends the byline.
		if i > 0 && strings.HasSuffix(t.text, ":") {
			if n, _ := matchPhrase(tokens[i:], creditPhrases); n > 0 {
				return tokens[:i]
			}
		}
	}
	return tokens
}

// cutDates removes a date or time and the words that go with it. A date
// after a name ends the piece ("Jane Doe September 30, 2023"); a date
// before it is skipped ("30 Sep 2023 Jane Doe").
func cutDates(tokens []bylineWord) []bylineWord {
	for i := 0; i < len(tokens); i++ {
		if !isDateToken(tokens[i].text) {
			continue
		}
		start := i
		for start > 0 && tokens[start-1].kind&kindCalendar != 0 {
			start--
		}
		if start > 0 {
			return trimDateFillers(tokens[:start])
		}
		j := i + 1
		for j < len(tokens) && (isDateToken(tokens[j].text) || tokens[j].isDateWord()) {
			j++
		}
		tokens = tokens[j:]
		i = -1
	}
	return tokens
}

// trimDateFillers removes trailing words left behind by a removed date:
// "on", "at", "Last", weekday names.
func trimDateFillers(tokens []bylineWord) []bylineWord {
	for len(tokens) > 0 && tokens[len(tokens)-1].isDateWord() {
		tokens = tokens[:len(tokens)-1]
	}
	return tokens
}

// isDateWord reports whether t is a month, a weekday or a word that goes
// with a date.
func isDateWord(t string) bool { return newBylineWord(t).isDateWord() }

// isDateToken reports whether t is a date or time such as "30", "30th",
// "30.09.2023", "2023-09-30", "10:30am" or "10h30": digits and date
// punctuation, with at most three letters after the last digit.
func isDateToken(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		// Most words of a byline: no date without a digit.
		return false
	}
	t = strings.Trim(t, ",;.()[]'’\"")
	end := len(t)
	for letters := 0; end > 0 && letters < 3; letters++ {
		r, size := utf8.DecodeLastRuneInString(t[:end])
		if !unicode.IsLetter(r) {
			break
		}
		end -= size
	}
	digits := 0
	for _, r := range t[:end] {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(".:/-h'’", r):
		default:
			return false
		}
	}
	return digits > 0
}

// cutAtPlace ends the piece before a place or employer: "in Paris", "for
// The Moscow Times", "reporting from Kyiv", "Special to The Globe". It
// returns the words that name the employer, after "for" or "Special to",
// and reports false when the piece is nothing but such a phrase. A wire
// service after an opening "From" ("From Reuters") is the piece's name.
func cutAtPlace(tokens []bylineWord) (rest, employer []bylineWord, ok bool) {
	for i, t := range tokens {
		special := t.kind&kindSpecial != 0 && i+1 < len(tokens) && tokens[i+1].kind&kindToFor != 0
		if !special && t.kind&kindPlace == 0 {
			continue
		}
		switch {
		case special:
			employer = tokens[i+2:]
		case t.kind&kindEmployer != 0:
			employer = tokens[i+1:]
		case i == 0 && t.kind&kindFrom != 0 && isAgency(joinWords(tokens[1:])):
			return tokens[1:], nil, true
		}
		if i > 0 && tokens[i-1].kind&kindReporting != 0 {
			i--
		}
		return tokens[:i], employer, i > 0
	}
	return tokens, nil, true
}

// bylineEmployerWords are the place words that introduce whom an author
// writes for: "for", German "für", French "pour", Spanish and Portuguese
// "para".
var bylineEmployerWords = bylineWordSet("for für pour para")

// removeRoles removes every role phrase, such as "Staff Writer" or "Chief
// Economics Correspondent", from the piece. It reports whether the last
// word of the piece was a role phrase's noun.
func removeRoles(tokens []bylineWord) (rest []bylineWord, endsInRole bool) {
	k := -1
	for i, t := range tokens {
		if t.kind&kindRole != 0 {
			k = i
			break
		}
	}
	if k < 0 {
		return tokens, false
	}
	rest = make([]bylineWord, 0, len(tokens))
	leading := false
	for i, t := range tokens {
		if t.kind&kindRole == 0 {
			rest = append(rest, t)
			continue
		}
		// Walk back over the qualifiers of this role noun.
		for len(rest) > 0 && rest[len(rest)-1].kind&kindQualifier != 0 {
			rest = rest[:len(rest)-1]
		}
		leading = leading || len(rest) == 0
		endsInRole = i == len(tokens)-1
	}
	// What follows a leading role in lower case is not a name: "Editor
	// at-large", "correspondent based in Kyiv".
	if leading && len(rest) > 0 && isLowerWord(rest[0].text) {
		return nil, endsInRole
	}
	return rest, endsInRole
}

// isBylineConjunction reports whether t joins two names.
func isBylineConjunction(t string) bool {
	return lowerIn(bylineConjunctions, t) || bylineLowerConjunctions[t]
}

// lowerIn reports whether set holds strings.ToLower(w). Most words are
// ASCII, lower-cased on the stack rather than as a new string.
func lowerIn(set map[string]bool, w string) bool {
	var buf [maxLookupWord]byte
	if len(w) <= len(buf) {
		if l, ok := lowerASCII(buf[:len(w)], w); ok {
			return set[string(l)]
		}
	}
	return set[strings.ToLower(w)]
}

// nameFromTokens joins the words of a name and returns it when plausible,
// else "".
func nameFromTokens(tokens []bylineWord) string {
	if len(tokens) == 0 || len(tokens) > maxNameWords {
		return ""
	}
	if h := len(tokens) / 2; len(tokens) >= 4 && len(tokens)%2 == 0 && slices.EqualFunc(tokens[:h], tokens[h:], sameText) {
		// "Jane Doe Jane Doe": a byline box that holds the name twice
		// (a link and a label, one for each screen size).
		tokens = tokens[:h]
	}
	name := trimNamePunct(joinWords(tokens))
	if n := utf8.RuneCountInString(name); n < 2 || n > maxNameRunes || strings.Contains(name, ": ") {
		// "Search titles only By: Filter": a label inside is a form's,
		// not a name's.
		return ""
	}
	lower := strings.ToLower(name)
	for _, bad := range [...]string{"://", "www.", ".com", ".org", ".net", ".html", "@"} {
		if strings.Contains(lower, bad) {
			return ""
		}
	}
	letters, generic := 0, true
	for _, r := range name {
		if unicode.IsDigit(r) {
			return ""
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	for t := range strings.FieldsSeq(lower) {
		if !lookupWord(bylineGenericWords, t) && !bylineGenericWords[t] {
			generic = false
			break
		}
	}
	if letters < 2 || generic || readsAsSentence(tokens) || isDomainName(name) || endsLower(tokens) {
		return ""
	}
	// "(UTC)" after a date is a zone, not an agency.
	if _, zone := dateZones[name]; zone {
		return ""
	}
	return name
}

// isDomainName reports whether name is a web address without a scheme,
// such as "example.de": the site, not a person.
func isDomainName(name string) bool {
	if strings.ContainsRune(name, ' ') {
		return false
	}
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || i == len(name)-1 {
		return false
	}
	tld := name[i+1:]
	if len(tld) < 2 || len(tld) > 3 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	// "J.R" and "Jr." are initials; a domain's label before the dot is
	// longer than one letter.
	return i >= 2 && !strings.ContainsRune(name[:i], '.') || strings.Count(name, ".") >= 2 && i-strings.LastIndexByte(name[:i], '.') > 2
}

// bylineNameParticles are the lower-case words personal names hold: "Ludwig
// van Beethoven", "Ana de la Cruz", "Ibn al Haytham".
var bylineNameParticles = bylineWordSet(`van von der den de del della di da das
	do dos du la le les lo y e bin bint ibn al el ben zu af av ter ten`)

// endsLower reports whether a name holds a lower-case "or" ("By Course or
// Type" names a filter) or ends in a lower-case name particle ("Un
// documentaire de") or article ("Become a"): no name does.
func endsLower(tokens []bylineWord) bool {
	for _, t := range tokens {
		if isLowerWord(t.text) && t.kind&kindOr != 0 {
			return true
		}
	}
	last := tokens[len(tokens)-1]
	return len(tokens) > 1 && isLowerWord(last.text) && last.kind&(kindParticle|kindArticle) != 0
}

// readsAsSentence reports whether a capitalised piece carries two or more
// lower-case words that are not name particles: "Are you a pop culture
// expert" is a sentence, not a name. Names typed all in lower case ("jane
// doe") are kept.
func readsAsSentence(tokens []bylineWord) bool {
	upper, lower := 0, 0
	for _, t := range tokens {
		switch {
		case startsUpper(t.text):
			upper++
		case isLowerWord(t.text) && t.kind&kindParticle == 0:
			lower++
		}
	}
	return upper > 0 && lower >= 2
}

// trimNamePunct removes punctuation around a name. A final dot is kept after
// an initial or "Jr."/"Sr." when the name has more than one word.
func trimNamePunct(name string) string {
	name = strings.TrimLeftFunc(name, isNotLetterOrDigit)
	name = strings.TrimRightFunc(name, func(r rune) bool { return r != '.' && isNotLetterOrDigit(r) })
	trimmed := strings.TrimRight(name, ".")
	if trimmed == name || !strings.Contains(trimmed, " ") {
		return strings.TrimRightFunc(trimmed, isNotLetterOrDigit)
	}
	last := trimmed[strings.LastIndexByte(trimmed, ' ')+1:]
	if l := strings.ToLower(last); l == "jr" || l == "sr" || utf8.RuneCountInString(last) == 1 {
		return trimmed + "."
	}
	return strings.TrimRightFunc(trimmed, isNotLetterOrDigit)
}

// isAgency reports whether name is a wire service or news agency, such as
// "AFP", "The Associated Press", "Reuters", "dpa" or "Kyodo", or a
// combination of them such as "AP/Reuters", "AFP-JIJI" or "EPA-EFE". Case,
// a leading "The", dots ("A.P.") and surrounding punctuation are ignored.
// Desks and staff of an agency ("Reuters Staff") are organisations but not
// agencies; see looksLikeOrganization. It returns false for "" and for any
// other name.
func isAgency(name string) bool {
	var buf [maxPlainAgencyKey]byte
	if key, ok := plainAgencyKey(name, buf[:0]); ok {
		// Most names are plain words, which hold no combination.
		return wireAgencies[string(key)]
	}
	return isAgencyOfKey(name, agencyKey(name))
}

// isAgencyOfKey is isAgency for a name whose agencyKey is known.
func isAgencyOfKey(name, key string) bool {
	if key == "" {
		return false
	}
	if wireAgencies[key] {
		return true
	}
	// Combinations: "AP/Reuters", "AFP-JIJI", "Reuters and AP".
	parts := strings.FieldsFunc(name, func(r rune) bool {
		return strings.ContainsRune("/+&,;-–|", r)
	})
	if len(parts) < 2 {
		parts = strings.Split(key, " and ")
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if k := agencyKey(p); !wireAgencies[k] {
			return false
		}
	}
	return true
}

// agencyKey is the lookup form of an agency name: lower case, dots removed,
// hyphens as spaces, whitespace folded, a leading "the" removed.
func agencyKey(name string) string {
	var buf [maxPlainAgencyKey]byte
	if key, ok := plainAgencyKey(name, buf[:0]); ok {
		return string(key)
	}
	name = strings.ToLower(foldSpaceRunes(name))
	name = strings.ReplaceAll(name, ".", "")
	name = strings.TrimFunc(name, isNotLetterOrDigit)
	name = strings.Join(strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '–' || r == '_'
	}), " ")
	return strings.TrimPrefix(name, "the ")
}

// wireAgencies holds the agencyKey of wire services and news agencies.
var wireAgencies = bylineWordSet(`afp agence_france_presse agence_france_press
	france_presse ap ap_news associated_press reuters thomson_reuters
	reuters_news_agency dpa deutsche_presse_agentur dpa_afx afx epd bloomberg
	bloomberg_news upi united_press_international pa pa_media pa_wire
	press_association ansa efe agencia_efe europa_press servimedia xinhua
	xinhua_news_agency china_news_service tass itar_tass interfax
	interfax_ukraine ria ria_novosti sputnik kyodo kyodo_news jiji jiji_press
	yonhap yonhap_news_agency aap australian_associated_press nzpa pti
	press_trust_of_india ani ians uni cna central_news_agency anadolu
	anadolu_agency anadolu_ajansı epa european_pressphoto_agency kna apa sda
	keystone_sda ats keystone_ats belga anp ntb tt tt_nyhetsbyrån ritzau stt
	lusa agência_brasil agencia_brasil canadian_press cp presse_canadienne
	bernama antara wam spa saudi_press_agency kuna qna mena irna isna
	tasnim ukrinform unian ctk čtk pap mti hina tanjug bta tasr sta
	agerpres ana_mpa amna adnkronos agi dow_jones dow_jones_newswires
	notimex telam télam prensa_latina vna pna wafa`)

// agencyAliases maps the agencyKey of the other names of an agency, and
// of the host names of its own sites, to one name, so that "AP", "AP
// News", "apnews" and "The Associated Press" are known to be one agency.
var agencyAliases = map[string]string{
	"ap": "ap", "ap news": "ap", "apnews": "ap", "associated press": "ap",
	"afp": "afp", "agence france presse": "afp", "agence france press": "afp", "france presse": "afp",
	"reuters": "reuters", "thomson reuters": "reuters", "reuters news agency": "reuters",
	"dpa": "dpa", "deutsche presse agentur": "dpa",
	"efe": "efe", "agencia efe": "efe", "agenciaefe": "efe",
	"pa": "pa", "pa media": "pa", "pa wire": "pa", "press association": "pa",
	"upi": "upi", "united press international": "upi",
	"xinhua": "xinhua", "xinhua news agency": "xinhua", "xinhuanet": "xinhua",
	"kyodo": "kyodo", "kyodo news": "kyodo", "kyodonews": "kyodo",
	"yonhap": "yonhap", "yonhap news agency": "yonhap", "yna": "yonhap",
	"aap": "aap", "australian associated press": "aap",
	"pti": "pti", "press trust of india": "pti",
	"bloomberg": "bloomberg", "bloomberg news": "bloomberg",
}

// sameAgency reports whether a and b name the same agency, through
// agencyAliases; names it does not list are compared by agencyKey.
func sameAgency(a, b string) bool {
	ka, kb := agencyKey(a), agencyKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ca, ok := agencyAliases[ka]; ok {
		ka = ca
	}
	if cb, ok := agencyAliases[kb]; ok {
		kb = cb
	}
	return ka == kb || strings.ReplaceAll(ka, " ", "") == strings.ReplaceAll(kb, " ", "")
}

// organizationSuffixes end names of organisations and their desks: "Fox
// News", "Reuters Staff", "CNN Wire", "BBC Newsroom", and the words
// newspapers and magazines are named with in English, German, French,
// Spanish, Portuguese, Italian and Dutch ("Example Daily", "Example
// Weekly", "Example Zeitung", "Diario Example"), none of them a surname
// in use.
var organizationSuffixes = bylineWordSet(`news agency agencies newswire
	newswires wire wires press media staff desk team bureau newsroom service
	services network editors board redaktion rédaction redacción redazione
	redactie redaksjon times journal tribune herald gazette magazine
	newspaper radio tv television channel group e.v ev gmbh ag inc ltd llc plc
	corp kg se foundation stiftung verband verein institute institut
	daily weekly monthly digest chronicle observer courier examiner
	telegraph dispatch register bulletin ledger sentinel inquirer review
	zeitung nachrichten rundschau anzeiger tagblatt quotidien diario
	periódico noticias notícias gazzetta corriere giornale dagblad krant
	nieuws`)

// looksLikeOrganization reports whether name reads as an organisation
// rather than a person: an agency (see isAgency), a name of two or more
// words ending in a word such as "News", "Agency", "Newswire", "Wire",
// "Press", "Media", "Staff", "Desk" or "Team" ("Al Jazeera News", "Fox
// News Staff", "Reuters Staff", "CNN Wire"), a name starting with "The",
// or a single word in capitals ("BBC", "KWCH-TV"; see isCapsWord). A
// person's surname that is also such a word ("Jane Press") is misread as an
// organisation. It returns false for "".
func looksLikeOrganization(name string) bool {
	if isAgency(name) {
		return true
	}
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = strings.TrimFunc(w, isNotLetterOrDigit)
	}
	switch {
	case len(words) == 0:
		return false
	case len(words) == 1:
		return isAcronym(words[0]) || isCapsWord(words[0])
	case strings.EqualFold(words[0], "the"):
		return true
	}
	// "Redaktion Example", "Redazione Example": a desk named before its
	// publication, as German, Italian, French and Spanish mastheads write it.
	return lowerIn(organizationSuffixes, words[len(words)-1]) || lowerIn(deskWords, words[0])
}

// deskWords name a publication's editorial desk, or the publication
// itself, in the languages that set the word before the name: "Redaktion
// Example", "Diario de Example", "Corriere di Example", "Jornal Example".
var deskWords = bylineWordSet(`redaktion redazione rédaction redacción redação redactie redaksjon
	diario periódico gazzetta corriere giornale jornal`)

// isCapsWord reports whether w is written in capitals only, two to ten
// letters, digits or hyphens: a broadcaster's call sign ("KWCH-TV") or a
// masthead set in capitals, not a person, who is credited by full name.
func isCapsWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 10 || !startsUpper(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is two to six capital letters, digits allowed
// after the first ("BBC", "NDTV", "ABC7").
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 {
		return false
	}
	for i, r := range w {
		if !unicode.IsUpper(r) && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// foldSpaceRunes replaces each run of whitespace in s with one space, trims
// both ends and drops control characters, zero-width characters and soft
// hyphens, never where that would join markup (see joinGuard).
func foldSpaceRunes(s string) string {
	if isPlain(s) {
		// Printable ASCII, single-spaced: nothing to fold or drop.
		return s
	}
	b := make([]byte, 0, len(s))
	var g joinGuard
	space := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = len(b) > 0
			continue
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad', unicode.IsControl(r):
			// Control characters too: metadata reaches bylines without
			// the text cleaner, which drops them as well.
			if !space {
				g.leftOut(b, r)
			}
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
			g = joinGuard{}
		}
		b = g.before(b, s[i])
		from := len(b)
		b = utf8.AppendRune(b, r)
		b = g.settle(b, from)
	}
	return string(b)
}

// normWord is the lookup form of a word: lower case, surrounding
// punctuation removed.
func normWord(t string) string {
	return strings.ToLower(strings.TrimFunc(t, isNotLetterOrDigit))
}

// lookupWord returns set's entry for t's lookup form (see normWord). An
// ASCII word's form is built on the stack rather than as a new string.
func lookupWord[V any](set map[string]V, t string) V {
	var buf [maxLookupWord]byte
	if w, ok := asciiLookupForm(&buf, t); ok {
		return set[string(w)]
	}
	return set[normWord(t)]
}

// maxLookupWord is the longest word whose lookup form is built on the
// stack; a longer one goes through normWord.
const maxLookupWord = 32

// asciiLookupForm writes normWord(t) into buf when t is ASCII and fits
// in it, and reports whether it did.
func asciiLookupForm(buf *[maxLookupWord]byte, t string) ([]byte, bool) {
	if len(t) > len(buf) {
		return nil, false
	}
	w, ok := lowerASCII(buf[:len(t)], t)
	if !ok {
		return nil, false
	}
	// Lower-casing ASCII makes no letter or digit of anything else, so
	// trimming after it takes the same bytes; each byte is a rune.
	for len(w) > 0 && isNotLetterOrDigit(rune(w[0])) {
		w = w[1:]
	}
	for len(w) > 0 && isNotLetterOrDigit(rune(w[len(w)-1])) {
		w = w[:len(w)-1]
	}
	return w, true
}

// nameParticles are the lower-case words a byline's names may hold or
// follow: "By Jane van der Berg".
var nameParticles = map[string]bool{"by": true, "von": true, "van": true, "der": true, "den": true,
	"de": true, "da": true, "do": true, "di": true, "del": true, "la": true, "le": true, "par": true, "por": true}

// startsUpper reports whether t starts with an upper-case letter, or with a
// letter of a script without case.
func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(t, isNotLetterOrDigit))
	return unicode.IsUpper(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// isLowerWord reports whether t starts with a lower-case letter.
func isLowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func isNotLetterOrDigit(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// bylineWordSet builds a lookup table from a space-separated list of
// words; "_" in a word stands for a space.
func bylineWordSet(words string) map[string]bool {
	set := make(map[string]bool)

	for _, w := range strings.Fields(words) {
		set[strings.ReplaceAll(w, "_", " ")] = true
	}
	return set
}

// bylinePhrases splits each phrase into its words.
func bylinePhrases(phrases ...string) phraseList {
	out := phraseList{byFirst: map[string][][]string{}}
	for _, p := range phrases {
		words := strings.Fields(p)
		first := strings.TrimSuffix(words[0], ":")
		out.byFirst[first] = append(out.byFirst[first], words)
	}
	return out
}

// phraseList is a list of phrases, each split into words, filed by its
// first word without a colon, in the list's order.
type phraseList struct {
	byFirst map[string][][]string
}

// stripAddresses is bylineNoise.ReplaceAllString(s, ","), the expression
// run only on the words that may hold a match. A match takes no ASCII
// space, which \S and the letter classes refuse, except as the character
// before a handle's "@": each lies within one word and the space before
// it. So the matches are those of each such stretch read on its own; the
// "^" a stretch after the first opens with stands before a space, where
// no "@" follows.
func stripAddresses(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		end := 1
		for end < len(s) && !isRegexpSpace(s[end]) {
			end++
		}
		if word := s[:end]; mayHoldAddress(word) {
			b.WriteString(bylineNoise.ReplaceAllString(word, ","))
		} else {
			b.WriteString(word)
		}
		s = s[end:]
	}
	return b.String()
}

// isRegexpSpace reports whether c is white space as \s reads it in Go's
// regular expressions: ASCII only.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// bylineWord is a word of a byline piece with the kinds of its lookup form
// (see normWord): the rules ask a dozen tables about each word, and the
// form is built and looked up once.
type bylineWord struct {
	text  string
	kind  wordKind
	opens *[3][][]string // the phrases of each list it opens; nil for none
}

// newBylineWord reads word t's kinds.
func newBylineWord(t string) bylineWord {
	var buf [maxLookupWord]byte
	key, ok := asciiLookupForm(&buf, t)
	if !ok {
		key = []byte(normWord(t))
	}
	w := bylineWord{text: t}
	if f := bylineWordFacts[string(key)]; f != nil {
		w.kind, w.opens = f.kind, &f.opens
	}
	if len(key) == 0 {
		w.kind |= kindBlank
	}
	// A role noun may end a compound: "Online-Experte", "Sport-Redakteur".
	if i := bytes.LastIndexByte(key, '-'); i > 0 && bylineRoleNouns[string(key[i+1:])] {
		w.kind |= kindRole
	}
	return w
}

// bylineWords reads the kinds of each of tokens.
func bylineWords(tokens []string) []bylineWord {
	words := make([]bylineWord, len(tokens))
	for i, t := range tokens {
		words[i] = newBylineWord(t)
	}
	return words
}

// joinWords is strings.Join of the words' texts with spaces.
func joinWords(words []bylineWord) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0].text
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// sameText reports whether a and b are written alike.
func sameText(a, b bylineWord) bool { return a.text == b.text }

// isDateWord reports whether w is a month, a weekday or a word that goes
// with a date, or punctuation on its own, such as "|" or "-", which goes
// with the date too.
func (w bylineWord) isDateWord() bool {
	return w.kind&(kindBlank|kindCalendar|kindFiller) != 0
}

// wordKind is a set of the byline word tables, and of the few words the
// rules name, that hold a word's lookup form.
type wordKind uint32

const (
	kindStop      wordKind = 1 << iota // bylineStopWords
	kindWidget                         // bylineWidgetWords
	kindPlace                          // bylinePlaceWords
	kindEmployer                       // bylineEmployerWords
	kindReporting                      // bylineReportingWords
	kindRole                           // bylineRoleNouns, or a compound ending in one
	kindQualifier                      // bylineRoleQualifiers
	kindCalendar                       // bylineCalendarWords
	kindFiller                         // bylineDateFillers
	kindWeekday                        // bylineWeekdays
	kindByWord                         // bylineByWords
	kindParticle                       // bylineNameParticles
	kindBy                             // "by"
	kindSpecial                        // "special"
	kindToFor                          // "to", "for"
	kindFrom                           // "from"
	kindStand                          // "stand"
	kindOr                             // "or", "oder", "ou"
	kindArticle                        // "a", "an", "the"
	kindBlank                          // a form without letters or digits
)

// The phrase lists, as indexes into bylineWord.opens.
const (
	strictPhrases = iota // bylineStrictPrefixes
	loosePhrases         // bylineLoosePrefixes
	creditPhrases        // bylineCreditPrefixes
)

// wordFacts is what the tables hold of one lookup form.
type wordFacts struct {
	kind  wordKind
	opens [3][][]string
}

// bylineWordFacts files every lookup form one of the tables holds.
var bylineWordFacts = buildWordFacts()

func buildWordFacts() map[string]*wordFacts {
	facts := make(map[string]*wordFacts)
	at := func(w string) *wordFacts {
		f := facts[w]
		if f == nil {
			f = &wordFacts{}
			facts[w] = f
		}
		return f
	}
	for kind, set := range map[wordKind]map[string]bool{
		kindStop: bylineStopWords, kindWidget: bylineWidgetWords, kindPlace: bylinePlaceWords,
		kindEmployer: bylineEmployerWords, kindReporting: bylineReportingWords, kindRole: bylineRoleNouns,
		kindQualifier: bylineRoleQualifiers, kindCalendar: bylineCalendarWords, kindFiller: bylineDateFillers,
		kindWeekday: bylineWeekdays, kindByWord: bylineByWords, kindParticle: bylineNameParticles,
		kindBy: bylineWordSet("by"), kindSpecial: bylineWordSet("special"), kindToFor: bylineWordSet("to for"),
		kindFrom: bylineWordSet("from"), kindStand: bylineWordSet("stand"), kindOr: bylineWordSet("or oder ou"),
		kindArticle: bylineWordSet("a an the"),
	} {
		for w := range set {
			at(w).kind |= kind
		}
	}
	for i, list := range [...]phraseList{bylineStrictPrefixes, bylineLoosePrefixes, bylineCreditPrefixes} {
		for w, phrases := range list.byFirst {
			at(w).opens[i] = phrases
		}
	}
	return facts
}

// mayHoldAddress reports whether s could hold what bylineNoise matches: an
// "@" or a web address. Most bylines hold neither, and the regular
// expression is the costliest step of reading one.
func mayHoldAddress(s string) bool {
	if strings.IndexByte(s, '@') >= 0 {
		return true
	}
	for i := 0; i+4 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'h':
			if hasPrefixFoldString(s[i:], "http") {
				return true
			}
		case 'w':
			if hasPrefixFoldString(s[i:], "www.") {
				return true
			}
		}
	}
	return false
}
