package article

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates outside these years are taken to be something else: a count, a
// product number, a typo. dateMinYear comes just before the first web
// pages (1991); dateMaxYear leaves room for pages dated decades ahead of
// this code while keeping four-digit counts out. Epoch timestamps get a
// narrower window, since a run of ten digits is more often an ID than a
// date: from 1995, the year htmldate also takes as its earliest plausible
// date, when news sites first went online.
const (
	dateMinYear      = 1990
	dateMaxYear      = 2100
	dateMinEpochYear = 1995
)

// maxShortYear is the last year a two-digit year is read as: 00..69 are
// 2000..2069, as POSIX strptime reads %y 00..68, and 70..99 are not read,
// since the CMSes that print two-digit years date pages of this century.
const maxShortYear = 2069

// dateTextLimit is how many bytes of a text fragment parseTextDate reads.
// Bylines and date lines are short; the cap keeps the cost of a long
// fragment bounded.
const dateTextLimit = 2048

// plausibleYear reports whether y can be the year a news page was published
// or updated.
func plausibleYear(y int) bool { return y >= dateMinYear && y <= dateMaxYear }

// validDate reports whether y-m-d is a real calendar day in a plausible year
// (no February 30, no month 13).
func validDate(y, m, d int) bool {
	if !plausibleYear(y) || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= dateDaysIn(y, time.Month(m))
}

// dateDaysIn returns the number of days in month m of year y.
func dateDaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayDate is the day y-m-d, read without a time of day.
func dayDate(y, m, d int) Date {
	return Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Precision: Day}
}

// fixedDateZone returns a location for a fixed offset in seconds east of
// UTC. A zero offset gives time.UTC itself, so that every UTC result of this
// file carries the same location.
func fixedDateZone(offset int) *time.Location {
	if offset == 0 {
		return time.UTC
	}
	return time.FixedZone("", offset)
}

// ---------------------------------------------------------------------------
// Machine-readable timestamps

// parseDateTime parses a machine-readable timestamp as pages put it in meta
// tags, JSON-LD and <time datetime>. It accepts, after trimming whitespace:
//
//  1. ISO 8601 / RFC 3339 and common variants: "2023-09-30T14:05:00+03:00",
//     with or without seconds, fractional seconds of any length, 'T', 't' or
//     a space between date and time, a zone of 'Z', +03:00, +0300 or +03
//     (optionally after a space) or a known abbreviation such as UTC or EST;
//     the date alone ("2023-09-30"); '/' or '.' in place of '-'
//     ("2023/09/30"); single-digit months and days.
//  2. RFC 1123, 822, 850, ANSI C and JavaScript Date strings
//     ("Sat, 30 Sep 2023 10:00:00 GMT", "... +0000").
//  3. Eight digits as a compact date ("20230930").
//  4. Unix time as 10 digits of seconds or 13 of milliseconds, between 1995
//     and 2100.
//
// The result keeps the offset the string states, as an Instant. A date
// alone is a Day. A time with no zone ("2023-09-30T10:00:00"), or with a
// zone abbreviation not in the package's table, is Local: its wall clock
// as written, in time.UTC, since no zone is known. It returns false for
// anything else: impossible dates or times, years outside 1990..2100,
// trailing junk. It never panics.
func parseDateTime(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 80 {
		return Date{}, false
	}
	if allDateDigits(s) {
		return parseDigitStamp(s)
	}
	if allDateDigits(s[:4]) {
		return parseISODateTime(s)
	}
	return parseRFCDateTime(s)
}

// parseDigitStamp reads a string of digits as a compact date or Unix time.
func parseDigitStamp(s string) (Date, bool) {
	var t time.Time
	switch len(s) {
	case 8:
		y, m, d := dateAtoi(s[:4]), dateAtoi(s[4:6]), dateAtoi(s[6:])
		if !validDate(y, m, d) {
			return Date{}, false
		}
		return dayDate(y, m, d), true
	case 10:
		t = time.Unix(int64(dateAtoi(s)), 0)
	case 13:
		t = time.UnixMilli(int64(dateAtoi(s)))
	default:
		return Date{}, false
	}
	t = t.UTC()
	if y := t.Year(); y < dateMinEpochYear || y > dateMaxYear {
		return Date{}, false
	}
	return Date{Time: t, Precision: Instant}, true
}

// parseISODateTime reads "YYYY-MM-DD" optionally followed by a time and a
// zone; the whole string must be consumed.
func parseISODateTime(s string) (Date, bool) {
	y, m, d, i, ok := isoDate(s)
	if !ok {
		return Date{}, false
	}
	if i == len(s) {
		return dayDate(y, m, d), true
	}
	if c := s[i]; c != 'T' && c != 't' && c != ' ' {
		return Date{}, false
	}
	i++
	hh, i, ok := readDateDigits(s, i, 2, 2)
	if !ok || hh > 23 || i >= len(s) || s[i] != ':' {
		return Date{}, false
	}
	mm, i, ok := readDateDigits(s, i+1, 2, 2)
	if !ok || mm > 59 {
		return Date{}, false
	}
	ss, ns := 0, 0
	if i < len(s) && s[i] == ':' {
		ss, i, ok = readDateDigits(s, i+1, 2, 2)
		if !ok || ss > 59 {
			return Date{}, false
		}
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			ns, i, ok = readDateFraction(s, i+1)
			if !ok {
				return Date{}, false
			}
		}
	}
	off, ok := zoneSuffix(s[i:], y, m, d)
	if !ok {
		return Date{}, false
	}
	p := Instant
	if strings.TrimPrefix(s[i:], " ") == "" {
		p = Local
	}
	return Date{Time: time.Date(y, time.Month(m), d, hh, mm, ss, ns, fixedDateZone(off)), Precision: p}, true
}

// isoDate reads a year-first date at the start of s with '-', '/' or '.'
// between its parts, returning the index just past it.
func isoDate(s string) (y, m, d, i int, ok bool) {
	y, i, ok = readDateDigits(s, 0, 4, 4)
	if !ok || i >= len(s) {
		return 0, 0, 0, 0, false
	}
	sep := s[i]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, 0, 0, 0, false
	}
	m, i, ok = readDateDigits(s, i+1, 1, 2)
	if !ok || i >= len(s) || s[i] != sep {
		return 0, 0, 0, 0, false
	}
	d, i, ok = readDateDigits(s, i+1, 1, 2)
	if !ok || !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, i, true
}

// readDateFraction reads the digits of a fractional second as nanoseconds.
// Digits past the ninth are accepted and dropped.
func readDateFraction(s string, i int) (ns, j int, ok bool) {
	j = i
	scale := 100_000_000
	for j < len(s) && isDateDigit(s[j]) {
		ns += int(s[j]-'0') * scale
		scale /= 10
		j++
	}
	return ns, j, j > i
}

// zoneSuffix reads what follows the clock in a timestamp: nothing, 'Z', a
// numeric offset or a zone abbreviation, optionally after one space. It
// returns the offset in seconds east of UTC; the date is needed for the US
// zone names that do not say whether daylight time applies.
func zoneSuffix(s string, y, m, d int) (int, bool) {
	s = strings.TrimPrefix(s, " ")
	switch {
	case s == "":
		return 0, true
	case s == "Z" || s == "z":
		return 0, true
	case s[0] == '+' || s[0] == '-':
		off, n, ok := readUTCOffset(s)
		return off, ok && n == len(s)
	}
	if gmt := strings.TrimPrefix(strings.TrimPrefix(s, "GMT"), "UTC"); len(gmt) < len(s) && gmt != "" {
		off, n, ok := readUTCOffset(gmt)
		return off, ok && n == len(gmt)
	}
	return zoneAbbrevOffset(s, y, m, d)
}

// readUTCOffset reads a UTC offset at the start of s: +03:00, +0300, +03, or
// +3. It returns the offset in seconds and the bytes read.
func readUTCOffset(s string) (off, n int, ok bool) {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	hh, i, ok := readDateDigits(s, 1, 1, 2)
	if !ok {
		return 0, 0, false
	}
	mm := 0
	if i-1 == 2 && i < len(s) && s[i] == ':' {
		mm, i, ok = readDateDigits(s, i+1, 2, 2)
		if !ok {
			return 0, 0, false
		}
	} else if i-1 == 2 && i+1 < len(s) && isDateDigit(s[i]) && isDateDigit(s[i+1]) {
		mm, i, _ = readDateDigits(s, i, 2, 2)
	}
	if i < len(s) && isDateDigit(s[i]) || hh > 14 || mm > 59 {
		return 0, 0, false
	}
	return sign * (hh*3600 + mm*60), i, true
}

// dateRFCLayouts are the mail and HTTP date forms pages copy into their
// metadata. zoned is set when the layout has a zone, numeric when that zone
// is an offset rather than an abbreviation; they decide how far the zone
// time.Parse reports can be trusted.
var dateRFCLayouts = [...]struct {
	layout  string
	numeric bool
	zoned   bool
}{
	{"Mon, 2 Jan 2006 15:04:05 MST", false, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true, true},
	{"Mon, 2 Jan 2006 15:04 MST", false, true},
	{"Mon, 2 Jan 2006 15:04 -0700", true, true},
	{"Mon, 2 Jan 2006 15:04:05", false, false},
	{"2 Jan 2006 15:04:05 MST", false, true},
	{"2 Jan 2006 15:04:05 -0700", true, true},
	{"2 Jan 2006 15:04 MST", false, true},
	{"2 Jan 2006 15:04 -0700", true, true},
	{"Mon, 2 Jan 06 15:04:05 MST", false, true},
	{"Mon, 2 Jan 06 15:04:05 -0700", true, true},
	{"Monday, 02-Jan-06 15:04:05 MST", false, true},
	{"Mon Jan _2 15:04:05 MST 2006", false, true},
	{"Mon Jan _2 15:04:05 -0700 2006", true, true},
	{"Mon Jan _2 15:04:05 2006", false, false},
	{"Mon Jan 2 2006 15:04:05 GMT-0700", true, true},
}

// parseRFCDateTime reads the forms in dateRFCLayouts. A JavaScript Date
// string's trailing "(Zone Name)" is ignored.
func parseRFCDateTime(s string) (Date, bool) {
	if i := strings.IndexByte(s, '('); i > 0 && s[len(s)-1] == ')' {
		s = strings.TrimSpace(s[:i])
	}
	for _, l := range dateRFCLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		y, m, d := t.Date()
		if !plausibleYear(y) {
			return Date{}, false
		}
		// time.Parse gives an unknown abbreviation a zero offset, or the
		// local zone's offset when the machine's zone shares the name;
		// neither is the page's, so abbreviations go through the table.
		name, off := t.Zone()
		p := Instant
		switch {
		case !l.zoned:
			off, p = 0, Local
		case l.numeric:
		case strings.HasPrefix(name, "GMT") || strings.HasPrefix(name, "UTC"):
			// "GMT+3": time.Parse has read the offset itself.
		default:
			// time.Parse takes "+0000" for a zone name too.
			var known bool
			if o, n, ok := readUTCOffset(name); ok && n == len(name) {
				off = o
			} else if off, known = zoneAbbrevOffset(name, y, int(m), d); !known {
				p = Local
			}
		}
		hh, mm, ss := t.Clock()
		return Date{Time: time.Date(y, m, d, hh, mm, ss, t.Nanosecond(), fixedDateZone(off)), Precision: p}, true
	}
	return Date{}, false
}

// ---------------------------------------------------------------------------
// Time zone abbreviations

// dateZones maps the zone abbreviations found on news pages to their offsets
// in seconds east of UTC. Abbreviations are matched in upper case only, so
// that words such as French "et" are not read as zones. Where a name is
// ambiguous the reading common on news pages wins: IST is India, CST is US
// Central, AST is Atlantic.
var dateZones = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
	"BST": 1 * 3600, "IST": 5*3600 + 1800, "WEST": 1 * 3600,
	"CET": 1 * 3600, "CEST": 2 * 3600, "MEZ": 1 * 3600, "MESZ": 2 * 3600,
	"WAT": 1 * 3600, "CAT": 2 * 3600, "SAST": 2 * 3600, "EAT": 3 * 3600,
	"EET": 2 * 3600, "EEST": 3 * 3600, "MSK": 3 * 3600, "TRT": 3 * 3600,
	"PKT": 5 * 3600, "WIB": 7 * 3600, "SGT": 8 * 3600, "HKT": 8 * 3600,
	"AWST": 8 * 3600, "JST": 9 * 3600, "KST": 9 * 3600,
	"ACST": 9*3600 + 1800, "AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600,
	"AST": -4 * 3600, "ADT": -3 * 3600,
	"EST": -5 * 3600, "EDT": -4 * 3600,
	"CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600,
}

// dateUSZones are the US zone names that leave daylight time unsaid; the
// value is the standard-time offset in hours.
var dateUSZones = map[string]int{"ET": -5, "CT": -6, "MT": -7, "PT": -8}

// zoneAbbrevOffset returns the offset of the zone abbreviation name on the date
// y-m-d, reporting false for a name not in the tables.
func zoneAbbrevOffset(name string, y, m, d int) (int, bool) {
	if off, ok := dateZones[name]; ok {
		return off, true
	}
	if h, ok := dateUSZones[name]; ok {
		if usDaylightTime(y, time.Month(m), d) {
			h++
		}
		return h * 3600, true
	}
	return 0, false
}

// usDaylightTime reports whether US daylight saving time is in force on the
// given day: from the second Sunday in March to the first Sunday in November
// since 2007, from the first Sunday in April to the last Sunday in October
// before. The changeover hour is ignored.
func usDaylightTime(y int, m time.Month, d int) bool {
	startM, startD, endM, endD := time.March, nthSunday(y, time.March, 2), time.November, nthSunday(y, time.November, 1)
	if y < 2007 {
		startM, startD = time.April, nthSunday(y, time.April, 1)
		endM, endD = time.October, nthSunday(y, time.November, 1)-7+dateDaysIn(y, time.October)
	}
	after := m > startM || m == startM && d >= startD
	before := m < endM || m == endM && d < endD
	return after && before
}

// nthSunday returns the day of the month of the n-th Sunday of m in year y.
func nthSunday(y int, m time.Month, n int) int {
	wd := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (7-int(wd))%7 + 7*(n-1)
}

// ---------------------------------------------------------------------------
// Month names

// dateMonthWords lists, per month, the names and abbreviations pages use in
// the languages the package reads: English, German, French, Spanish,
// Catalan, Portuguese, Italian, Dutch, Swedish, Danish, Norwegian, Finnish,
// Polish, Czech, Slovak, Slovenian, Serbian (Latin script), Hungarian,
// Romanian, Turkish, Greek, Russian and Ukrainian, with the genitive and
// partitive forms dates are written in. Croatian is left out: its
// "listopad" is October, where in Polish and Czech it is November.
// Abbreviations that are common words or names in a language read here
// ("sie", "noi", "lis", "ian") are left out too.
var dateMonthWords = [12]string{
	"january jan janv jänner janvier enero ene gener janeiro gennaio gen januari januar " +
		"styczeń stycznia sty leden ledna január januára januar ianuarie tammikuu tammikuuta " +
		"ocak ιανουάριος ιανουαρίου ιαν январь января янв січень січня січ",
	"february feb febr février févr fév feber febrero febrer fevereiro fev febbraio februari februar " +
		"luty lutego lut únor února február februára februarie helmikuu helmikuuta " +
		"şubat φεβρουάριος φεβρουαρίου φεβ февраль февраля фев лютий лютого лют",
	"march mar märz maerz mär mrz mars marzo març março marzo maart mrt marts " +
		"marzec marca březen března marec marca március márc martie maaliskuu maaliskuuta mart " +
		"μάρτιος μαρτίου μαρ март марта мар березень березня бер",
	"april apr avril avr abril abr aprile apr april " +
		"kwiecień kwietnia kwi duben dubna apríl apríla április ápr aprilie huhtikuu huhtikuuta " +
		"nisan απρίλιος απριλίου απρ апрель апреля апр квітень квітня квіт",
	"may mai mayo maig maio maggio mag mei maj " +
		"maja květen května máj mája május máj toukokuu toukokuuta mayıs " +
		"μάιος μαΐου май мая травень травня трав",
	"june jun juni juin junio juny junho giugno giu " +
		"czerwiec czerwca cze červen června jún júna június jún iunie junij kesäkuu kesäkuuta haziran " +
		"ιούνιος ιουνίου ιουν июнь июня июн червень червня черв",
	"july jul juli juillet juil julio juliol julho luglio lug " +
		"lipiec lipca lip červenec července júl júla július júl iulie julij heinäkuu heinäkuuta temmuz " +
		"ιούλιος ιουλίου ιουλ июль июля июл липень липня лип",
	"august aug août agosto agost ago augustus augusti " +
		"sierpień sierpnia srpen srpna augusta augusztus avgust elokuu elokuuta ağustos " +
		"αύγουστος αυγούστου αυγ август августа авг серпень серпня серп",
	"september sep sept septembre septiembre setiembre setembre setembro set settembre " +
		"wrzesień września wrz září septembra szeptember szept septembrie septembar syyskuu syyskuuta eylül " +
		"σεπτέμβριος σεπτεμβρίου σεπ сентябрь сентября сен сент вересень вересня вер",
	"october oct okt octobre octubre outubro out ottobre ott oktober " +
		"październik października paź říjen října október októbra octombrie oktobar lokakuu lokakuuta ekim " +
		"οκτώβριος οκτωβρίου οκτ октябрь октября окт жовтень жовтня жовт",
	"november nov novembre noviembre novembro " +
		"listopad listopada listopadu novembra noiembrie novembar marraskuu marraskuuta kasım " +
		"νοέμβριος νοεμβρίου νοε ноябрь ноября ноя нояб листопад листопада лист",
	"december dec dez dezember décembre déc diciembre dic desembre dezembro dicembre desember " +
		"grudzień grudnia gru prosinec prosince decembra decembrie decembar joulukuu joulukuuta aralık " +
		"δεκέμβριος δεκεμβρίου δεκ декабрь декабря дек грудень грудня груд",
}

// dateMonths maps folded month words (see foldMonthWord) to months.
var dateMonths = buildDateMonths()

func buildDateMonths() map[string]time.Month {
	months := make(map[string]time.Month, 600)
	for i, words := range dateMonthWords {
		for _, w := range strings.Fields(words) {
			months[foldMonthWord(w)] = time.Month(i + 1)
		}
	}
	return months
}

// dateFolds strips the diacritics that vary between spellings of the same
// month ("März"/"Marz", "décembre"/"decembre") and between Greek accented
// and plain capitals.
var dateFolds = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ą': 'a', 'ă': 'a',
	'ç': 'c', 'č': 'c', 'ć': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ě': 'e', 'ę': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ı': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ő': 'o', 'ø': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ů': 'u', 'ű': 'u',
	'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ř': 'r', 'š': 's', 'ś': 's', 'ş': 's', 'ș': 's',
	'ž': 'z', 'ź': 'z', 'ż': 'z', 'ł': 'l', 'ğ': 'g', 'ț': 't', 'ţ': 't', 'ý': 'y',
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ϊ': 'ι', 'ΐ': 'ι', 'ό': 'ο', 'ύ': 'υ',
	'ϋ': 'υ', 'ΰ': 'υ', 'ώ': 'ω', 'ς': 'σ', 'ё': 'е',
}

// foldMonthWord lower-cases w and strips its diacritics, so that every
// spelling of a month name meets the same key.
func foldMonthWord(w string) string { return string(appendFoldedWord(nil, w)) }

// appendFoldedWord appends w folded as by foldMonthWord to dst.
func appendFoldedWord(dst []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+('a'-'A'))
			continue
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
			continue
		case unicode.Is(unicode.Mn, r):
			continue // a combining accent from decomposed text
		}
		r = unicode.ToLower(r)
		if f, ok := dateFolds[r]; ok {
			r = f
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// monthNamed returns the month a word names, in any of the languages of
// dateMonthWords, ignoring case and accents.
func monthNamed(w string) (time.Month, bool) {
	if len(w) < 3 || len(w) > 40 {
		return 0, false
	}
	var buf [64]byte
	m, ok := dateMonths[string(appendFoldedWord(buf[:0], w))]
	return m, ok
}

// ---------------------------------------------------------------------------
// Dates in running text

// dateTok is one token of a date line: a run of ASCII digits, a run of
// letters, or a single other character.
type dateTok struct {
	kind       byte // 'n' digits, 'w' letters, 'p' anything else
	s          string
	start, end int
	spaced     bool // whitespace, or the start of the text, comes before
}

// tokenizeDate splits s into dateToks, appended to toks, which is empty
// and may be a buffer on the caller's stack; every byte of s is in one
// token or in the whitespace between them.
func tokenizeDate(toks []dateTok, s string) []dateTok {
	if cap(toks) < len(s)/3+1 {
		toks = make([]dateTok, 0, len(s)/3+1)
	}
	spaced := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u200b' {
			spaced = true
			i += n
			continue
		}
		start, kind := i, byte('p')
		switch {
		case isDateDigit(s[i]):
			kind = 'n'
			for i < len(s) && isDateDigit(s[i]) {
				i++
			}
		case unicode.IsLetter(r):
			kind = 'w'
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !unicode.IsLetter(r) && !unicode.IsMark(r) {
					break
				}
				i += n
			}
		default:
			i += n
		}
		toks = append(toks, dateTok{kind: kind, s: s[start:i], start: start, end: i, spaced: spaced})
		spaced = false
	}
	return toks
}

// parseTextDate finds the first date written for people in a short text
// fragment such as a byline or a date line, and the time of day when one
// follows it. It reads:
//
//  1. A day, a month name and a year in any order pages use: "30 September
//     2023", "September 30, 2023", "Sept. 30 2023", "30. Sept. 2023", "le 1er
//     octobre 2023", "30 de septiembre de 2023", "30 сентября 2023 г.",
//     "2023. szeptember 30."; month names and their abbreviations in the
//     languages of dateMonthWords, in any case, with or without accents or a
//     trailing dot.
//  2. Numeric dates: "2023-09-30", "30.09.2023", "30.9.2023", "30/09/2023",
//     "09/30/2023", and "7. 3. 2021" with a space after each dot. With
//     the day and month both 12 or less the day is taken to come first,
//     whatever the separator: that is the order of every European
//     language and of most English-language news outside the US, and US
//     pages seldom write dates in digits. Two-digit years are not read,
//     since "1.2.23" is more often a version than a date.
//
// A time of day following the date ("10:05", "10.05 BST", "10h05",
// "10:05 am ET", "um 10:05 Uhr", "at 8:03 p.m. EDT", "5 p.m.") is added to
// it, and a zone abbreviation or offset after the time sets the offset; ET,
// CT, MT and PT are taken as daylight time between the US changeover
// Sundays. The result is a Day when no time follows the date, an Instant
// when a zone does, and Local (the wall clock as written, in time.UTC)
// otherwise.
//
// It returns false when the fragment holds no complete, valid date (no day,
// no year, February 30, a year outside 1990..2100). Only the first 2048
// bytes are read. It never panics.
func parseTextDate(s string) (Date, bool) {
	if len(s) > dateTextLimit {
		cut := dateTextLimit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if !hasYearDigits(s) {
		return Date{}, false
	}
	var buf [24]dateTok // enough for most date lines
	toks := tokenizeDate(buf[:0], s)
	for i := range toks {
		if t, ok := textDateAt(s, toks, i); ok {
			return t, true
		}
	}
	return Date{}, false
}

// textDateAt tries each date pattern starting at token i.
func textDateAt(s string, toks []dateTok, i int) (Date, bool) {
	var y, m, d, j int
	ok := false
	switch toks[i].kind {
	case 'n':
		if y, m, d, j, ok = numericDateAt(toks, i); ok {
			break
		}
		if y, m, d, j, ok = dayMonthYearAt(toks, i); ok {
			break
		}
		if y, m, d, j, ok = spacedDotDateAt(toks, i); ok {
			break
		}
		if y, m, d, j, ok = cjkDateAt(toks, i); ok {
			break
		}
		y, m, d, j, ok = yearMonthDayAt(toks, i)
	case 'w':
		y, m, d, j, ok = monthDayYearAt(toks, i)
	}
	if !ok {
		return Date{}, false
	}
	return dateAndClock(s, toks[j-1].end, y, m, d), true
}

// parseShortYearDate reads a date written with a two-digit year,
// "23.09.22", in a fragment already known to be a date line. Only the
// padded day.month.year form with dots is read, the form German-language
// CMSes print; "1.2.23" stays unread, as it is more often a version, and
// so does a month name with a two-digit year ("9 March 21 people").
// The year is taken to be in 2000..2069. A time of day after it is read
// as by parseTextDate.
func parseShortYearDate(s string) (Date, bool) {
	if len(s) > dateTextLimit || !hasShortYearDigits(s) {
		return Date{}, false
	}
	var buf [24]dateTok // enough for most date lines
	toks := tokenizeDate(buf[:0], s)
	for i := 0; i+4 < len(toks); i++ {
		a, s1, b, s2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
		if a.kind != 'n' || len(a.s) != 2 || s1.s != "." || s1.spaced || b.kind != 'n' || len(b.s) != 2 || b.spaced ||
			s2.s != "." || s2.spaced || c.kind != 'n' || len(c.s) != 2 || c.spaced {
			continue
		}
		if prev := dateTokAt(toks, i-1); !a.spaced && (prev.kind == 'w' || isDateChainSep(prev)) {
			continue
		}
		if next := dateTokAt(toks, i+5); !next.spaced && (next.kind == 'n' || next.kind == 'w' || isDateChainSep(next) && dateTokAt(toks, i+6).kind == 'n' && !dateTokAt(toks, i+6).spaced) {
			continue
		}
		d, m, y := dateAtoi(a.s), dateAtoi(b.s), 2000+dateAtoi(c.s)
		if y > maxShortYear || !validDate(y, m, d) {
			continue
		}
		return dateAndClock(s, c.end, y, m, d), true
	}
	return Date{}, false
}

// dateTokAt returns token i, or a zero token past the end.
func dateTokAt(toks []dateTok, i int) dateTok {
	if i < 0 || i >= len(toks) {
		return dateTok{}
	}
	return toks[i]
}

// numericDateAt reads three numbers joined by the same '-', '.' or '/' with
// no spaces: year first, or year last with the day first unless the first
// number cannot be a day. Numbers that are part of a longer chain ("1.2.3.4",
// "10.30.09.2023") or glued to letters are not dates.
func numericDateAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	a, s1, b, s2, c := toks[i], dateTokAt(toks, i+1), dateTokAt(toks, i+2), dateTokAt(toks, i+3), dateTokAt(toks, i+4)
	if s1.kind != 'p' || s1.spaced || b.kind != 'n' || b.spaced || s2.spaced || c.kind != 'n' || c.spaced || s2.s != s1.s {
		return
	}
	if sep := s1.s; sep != "-" && sep != "." && sep != "/" {
		return
	}
	if !a.spaced {
		prev := dateTokAt(toks, i-1)
		if prev.kind == 'w' || isDateChainSep(prev) && !prev.spaced && dateTokAt(toks, i-2).kind == 'n' {
			return
		}
	}
	if next := dateTokAt(toks, i+5); !next.spaced && isDateChainSep(next) && dateTokAt(toks, i+6).kind == 'n' && !dateTokAt(toks, i+6).spaced {
		return
	}
	x, z, w := dateAtoi(a.s), dateAtoi(b.s), dateAtoi(c.s)
	switch {
	case len(a.s) == 4 && len(b.s) <= 2 && len(c.s) <= 2:
		y, m, d = x, z, w
	case len(c.s) == 4 && len(a.s) <= 2 && len(b.s) <= 2:
		y, m, d = w, z, x
		if x <= 12 && z > 12 {
			m, d = x, z
		}
	default:
		return
	}
	if !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, i + 5, true
}

// spacedDotDateAt reads the German typesetting of a numeric date with a
// space after each dot, "7. 3. 2021": a day and a month of one or two
// digits, each with its dot attached, then a four-digit year. The day
// always comes first.
func spacedDotDateAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	a, s1, b, s2, c := toks[i], dateTokAt(toks, i+1), dateTokAt(toks, i+2), dateTokAt(toks, i+3), dateTokAt(toks, i+4)
	if len(a.s) > 2 || s1.s != "." || s1.spaced || b.kind != 'n' || !b.spaced || len(b.s) > 2 ||
		s2.s != "." || s2.spaced || c.kind != 'n' || !c.spaced || len(c.s) != 4 {
		return
	}
	// "1. 2. 3. 2022" numbers a list.
	if prev := dateTokAt(toks, i-1); !a.spaced && (prev.kind == 'w' || isDateChainSep(prev)) ||
		prev.s == "." && dateTokAt(toks, i-2).kind == 'n' {
		return
	}
	if next := dateTokAt(toks, i+5); !next.spaced && (next.kind == 'n' || next.kind == 'w' || isDateChainSep(next) && dateTokAt(toks, i+6).kind == 'n') {
		return
	}
	d, m, y = dateAtoi(a.s), dateAtoi(b.s), dateAtoi(c.s)
	if !plausibleYear(y) || !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, i + 5, true
}

func isDateChainSep(t dateTok) bool {
	return t.kind == 'p' && (t.s == "." || t.s == "-" || t.s == "/" || t.s == ":")
}

// cjkDateUnits are the characters Chinese and Japanese ("2023年9月30日")
// and Korean ("2023년 9월 30일") write after the year, the month and the
// day.
var cjkDateUnits = [...][3]string{{"年", "月", "日"}, {"년", "월", "일"}}

// cjkDateAt reads a year, a month and a day each followed by its unit
// character, as Chinese, Japanese and Korean write dates. The day's unit
// may run on into the weekday ("30日土曜日").
func cjkDateAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	a, u1, b, u2, c, u3 := toks[i], dateTokAt(toks, i+1), dateTokAt(toks, i+2), dateTokAt(toks, i+3), dateTokAt(toks, i+4), dateTokAt(toks, i+5)
	if len(a.s) != 4 || b.kind != 'n' || len(b.s) > 2 || c.kind != 'n' || len(c.s) > 2 {
		return
	}
	for _, units := range cjkDateUnits {
		if u1.s == units[0] && u2.s == units[1] && strings.HasPrefix(u3.s, units[2]) {
			y, m, d = dateAtoi(a.s), dateAtoi(b.s), dateAtoi(c.s)
			if !validDate(y, m, d) {
				return 0, 0, 0, 0, false
			}
			return y, m, d, i + 6, true
		}
	}
	return
}

// dateOrdinals are the suffixes written after a day number: "30th", "1er",
// "1º".
var dateOrdinals = []string{"st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o", "°"}

// dayAt reads a day number at token i with its ordinal suffix or dot,
// returning the index of the token after it.
func dayAt(toks []dateTok, i int) (d, j int, ok bool) {
	t := dateTokAt(toks, i)
	if t.kind != 'n' || len(t.s) > 2 {
		return 0, i, false
	}
	d = dateAtoi(t.s)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	j = i + 1
	if n := dateTokAt(toks, j); !n.spaced && n.kind != 'n' && dateWordIn(dateOrdinals, n.s) {
		j++
	}
	if n := dateTokAt(toks, j); n.kind == 'p' && n.s == "." {
		j++
	}
	return d, j, true
}

// monthAt reads a month name at token i with its abbreviation dot,
// returning the index of the token after it.
func monthAt(toks []dateTok, i int) (m, j int, ok bool) {
	t := dateTokAt(toks, i)
	if t.kind != 'w' {
		return 0, i, false
	}
	mo, ok := monthNamed(t.s)
	if !ok {
		return 0, i, false
	}
	j = i + 1
	if n := dateTokAt(toks, j); n.kind == 'p' && n.s == "." && !n.spaced {
		j++
	}
	return int(mo), j, true
}

// yearAt reads a four-digit plausible year at token i.
func yearAt(toks []dateTok, i int) (y int, ok bool) {
	t := dateTokAt(toks, i)
	if t.kind != 'n' || len(t.s) != 4 {
		return 0, false
	}
	y = dateAtoi(t.s)
	return y, plausibleYear(y)
}

// skipDateJoiners skips the words and marks that join the parts of a
// written date ("30 de septiembre de 2023", "30th of September",
// "September 30, 2023", "30-Sep-2023", "1 d'octubre"), at most limit of them.
func skipDateJoiners(toks []dateTok, i, limit int) int {
	for k := 0; k < limit; k++ {
		t := dateTokAt(toks, i)
		switch {
		case t.kind == 'p' && (t.s == "," || t.s == "-" || t.s == "."):
		case t.kind == 'w' && dateWordIn(dateJoinWords, t.s):
		case t.kind == 'w' && (t.s == "d" || t.s == "D") && (dateTokAt(toks, i+1).s == "'" || dateTokAt(toks, i+1).s == "’"):
			i++ // "d'octubre": skip the apostrophe too
		default:
			return i
		}
		i++
	}
	return i
}

// dateJoinWords join a day, month and year: Spanish and Portuguese "de",
// "del", English "of" and "the".
var dateJoinWords = []string{"de", "del", "of", "the"}

// dayMonthYearAt reads "30 September 2023" and its variants.
func dayMonthYearAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	if t := toks[i]; !t.spaced {
		// "10:30 September" or "v1.30 September": the number belongs to
		// something else.
		if prev := dateTokAt(toks, i-1); prev.kind == 'w' || isDateChainSep(prev) && dateTokAt(toks, i-2).kind == 'n' {
			return
		}
	}
	d, j, ok = dayAt(toks, i)
	if !ok {
		return
	}
	if m, j, ok = monthAt(toks, skipDateJoiners(toks, j, 2)); !ok {
		return
	}
	j = skipDateJoiners(toks, j, 2)
	if y, ok = yearAt(toks, j); !ok || !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, j + 1, true
}

// monthDayYearAt reads "September 30, 2023" and its variants.
func monthDayYearAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	if m, j, ok = monthAt(toks, i); !ok {
		return
	}
	if d, j, ok = dayAt(toks, skipDateJoiners(toks, j, 1)); !ok {
		return
	}
	j = skipDateJoiners(toks, j, 1)
	if y, ok = yearAt(toks, j); !ok || !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, j + 1, true
}

// yearMonthDayAt reads "2023. szeptember 30." and "2023 Sep 30".
func yearMonthDayAt(toks []dateTok, i int) (y, m, d, j int, ok bool) {
	if y, ok = yearAt(toks, i); !ok {
		return
	}
	if m, j, ok = monthAt(toks, skipDateJoiners(toks, i+1, 1)); !ok {
		return
	}
	if d, j, ok = dayAt(toks, skipDateJoiners(toks, j, 1)); !ok {
		return
	}
	// "2023 Sep 10:05" names a time, not a day.
	if n := dateTokAt(toks, j); n.s == ":" && !n.spaced {
		return 0, 0, 0, 0, false
	}
	if !validDate(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, j, true
}

// dateClockWords are the words that join a date to its time of day: "at",
// "à", "um", "om", "kl.", "alle ore", "a las", "às", "в", "godz.", "r." and
// "г." after a year.
var dateClockWords = []string{
	"at", "à", "a", "las", "la", "um", "om", "kl", "klo", "alle", "ore", "às", "as",
	"o", "v", "ve", "ob", "saat", "ora", "godz", "godzina", "r", "roku",
	"г", "года", "в", "о", "об", "р", "року",
}

// dateAndClock returns the day y-m-d at the time of day written after it,
// from s[i] on (see clockAfter): a Day when no time follows, Local when
// the time states no zone.
func dateAndClock(s string, i, y, m, d int) Date {
	hh, mm, ss, off, zoned, ok := clockAfter(s, i, y, m, d)
	if !ok {
		return dayDate(y, m, d)
	}
	p := Local
	if zoned {
		p = Instant
	}
	return Date{Time: time.Date(y, time.Month(m), d, hh, mm, ss, 0, fixedDateZone(off)), Precision: p}
}

// clockAfter reads a time of day and its zone written after a date ending at
// s[i], reporting false when none is there; zoned says a zone follows the
// clock. y-m-d is the date, needed for the US zone names.
func clockAfter(s string, i, y, m, d int) (hh, mm, ss, off int, zoned, ok bool) {
	i = skipClockJoiners(s, i)
	hh, i, ok = readDateDigits(s, i, 1, 2)
	if !ok || hh > 23 || i >= len(s) {
		return 0, 0, 0, 0, false, false
	}
	// An hour alone with its meridiem, as AP style writes it ("5 p.m.").
	if j, am, pm := readMeridiem(s, i); (am || pm) && hh >= 1 && hh <= 12 {
		hh %= 12
		if pm {
			hh += 12
		}
		off, zoned = zoneAfterClock(s, j, y, m, d)
		return hh, 0, 0, off, zoned, true
	}
	sep := s[i]
	switch {
	case sep == ':' || sep == '.':
		i++
	case sep == 'h' || sep == 'H':
		i++
	case sep == ' ' && i+1 < len(s) && (s[i+1] == 'h' || s[i+1] == 'H') && i+2 < len(s) && s[i+2] == ' ':
		// "10 h 05"
		i += 3
	default:
		return 0, 0, 0, 0, false, false
	}
	mm, i, ok = readDateDigits(s, i, 2, 2)
	if !ok || mm > 59 || i < len(s) && isDateDigit(s[i]) {
		return 0, 0, 0, 0, false, false
	}
	// "10.05.2024" after a date is another date, not a time.
	if sep == '.' && i+1 < len(s) && s[i] == '.' && isDateDigit(s[i+1]) {
		return 0, 0, 0, 0, false, false
	}
	if i+2 < len(s) && s[i] == ':' && isDateDigit(s[i+1]) {
		ss, i, ok = readDateDigits(s, i+1, 2, 2)
		if !ok || ss > 59 {
			return 0, 0, 0, 0, false, false
		}
	}
	var pm, am bool
	i, am, pm = readMeridiem(s, i)
	switch {
	case (am || pm) && (hh == 0 || hh > 12):
		return 0, 0, 0, 0, false, false
	case pm && hh < 12:
		hh += 12
	case am && hh == 12:
		hh = 0
	}
	off, zoned = zoneAfterClock(s, i, y, m, d)
	return hh, mm, ss, off, zoned, true
}

// skipClockJoiners skips spaces, punctuation and joining words between a
// date and its time, at most a few of them so that a number far from the
// date is not taken for its time.
func skipClockJoiners(s string, i int) int {
	for k := 0; k < 5 && i < len(s); k++ {
		i = skipDateSpaces(s, i)
		if i >= len(s) {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', ';', '-', '–', '—', '|', '/', '·', '•', '@', '(', 'T':
			if r == 'T' && (i+n >= len(s) || !isDateDigit(s[i+n])) {
				return i
			}
			i += n
			continue
		}
		if !unicode.IsLetter(r) {
			return i
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if !dateWordIn(dateClockWords, s[i:j]) {
			return i
		}
		i = j
		if i < len(s) && s[i] == '.' {
			i++
		}
	}
	return i
}

// readMeridiem reads "am", "pm", "a.m." or "p.m." (any case) after a clock.
func readMeridiem(s string, i int) (j int, am, pm bool) {
	j = skipDateSpaces(s, i)
	if j >= len(s) {
		return i, false, false
	}
	c := s[j] | 0x20
	if c != 'a' && c != 'p' {
		return i, false, false
	}
	k := j + 1
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k >= len(s) || s[k]|0x20 != 'm' {
		return i, false, false
	}
	k++
	if k < len(s) && s[k] == '.' {
		k++
	} else if k < len(s) && (isDateDigit(s[k]) || dateLetterAt(s, k)) {
		return i, false, false
	}
	return k, c == 'a', c == 'p'
}

// zoneAfterClock reads the zone written after a clock: an offset ("+0300",
// "GMT+3", "UTC+03:00") or an upper-case abbreviation, optionally after
// "Uhr" or "h" and in parentheses. It returns 0 and false when there is none.
func zoneAfterClock(s string, i, y, m, d int) (int, bool) {
	i = skipDateSpaces(s, i)
	for _, w := range [...]string{"Uhr", "uhr", "hrs", "hs", "h", "ч."} {
		if strings.HasPrefix(s[i:], w) && (i+len(w) == len(s) || !dateLetterAt(s, i+len(w))) {
			i = skipDateSpaces(s, i+len(w))
			break
		}
	}
	if i < len(s) && s[i] == '(' {
		i = skipDateSpaces(s, i+1)
	}
	if off, _, ok := readUTCOffset(s[i:]); ok {
		return off, true
	}
	j := i
	for j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
		j++
	}
	if j == i || j-i > 5 || dateLetterAt(s, j) {
		return 0, false
	}
	name := s[i:j]
	if name == "GMT" || name == "UTC" {
		if off, _, ok := readUTCOffset(s[j:]); ok {
			return off, true
		}
	}
	return zoneAbbrevOffset(name, y, m, d)
}

// ---------------------------------------------------------------------------
// Dates in URLs

// dateFromURL finds a publication date in a URL's path, as news sites put
// it: /2023/09/30/, /2023/9/30/, /2023/sep/30/, /2023-09-30/, /20230930/,
// a date leading a slug (/2023-09-30-some-title, /20230930-some-title). A
// year and month alone (/2023/09/) name no day and are not read. The
// result is a Day. It returns false when the URL does not parse or
// its path holds no valid date in 1990..2100; the query and fragment are
// not read.
func dateFromURL(rawURL string) (Date, bool) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return Date{}, false
	}
	segs := strings.Split(u.Path, "/")
	for i, seg := range segs {
		if y, m, d, ok := segmentDate(seg); ok {
			return dayDate(y, m, d), true
		}
		if y, m, d, ok := splitPathDate(segs[i:]); ok {
			return dayDate(y, m, d), true
		}
	}
	return Date{}, false
}

// segmentDate reads a date that fills one path segment or leads its slug:
// "2023-09-30", "2023-9-30-title", "20230930", "20230930-title".
func segmentDate(seg string) (y, m, d int, ok bool) {
	endsSlug := func(i int) bool {
		return i == len(seg) || seg[i] == '-' || seg[i] == '_' || seg[i] == '.'
	}
	if n, i, _ := readDateDigits(seg, 0, 8, 8); i == 8 && endsSlug(i) {
		y, m, d = n/10000, n/100%100, n%100
		return y, m, d, validDate(y, m, d)
	}
	if y, m, d, ok := dayFirstSegment(seg); ok {
		return y, m, d, true
	}
	y, i, ok := readDateDigits(seg, 0, 4, 4)
	if !ok || i >= len(seg) || seg[i] != '-' {
		return 0, 0, 0, false
	}
	m, i, ok = readDateDigits(seg, i+1, 1, 2)
	if !ok || i >= len(seg) || seg[i] != '-' {
		return 0, 0, 0, false
	}
	d, i, ok = readDateDigits(seg, i+1, 1, 2)
	if !ok || !endsSlug(i) || !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// dayFirstSegment reads a path segment that is only a day-first date,
// "30-09-2023" or "30.09.2023"; a slug around it could be a score or a
// model number.
func dayFirstSegment(seg string) (y, m, d int, ok bool) {
	if len(seg) != len("30-09-2023") || seg[2] != seg[5] || seg[2] != '-' && seg[2] != '.' {
		return 0, 0, 0, false
	}
	d, _, ok1 := readDateDigits(seg, 0, 2, 2)
	m, _, ok2 := readDateDigits(seg, 3, 2, 2)
	y, _, ok3 := readDateDigits(seg, 6, 4, 4)
	if !ok1 || !ok2 || !ok3 || !validDate(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// splitPathDate reads a date spread over three path segments starting at
// segs[0]: year, month (number or name) and day. A year and month alone
// (/2023/09/) name no day, and a month name with no day after it is as
// likely a section or slug ("/2023/may-day-parade") as a date.
func splitPathDate(segs []string) (y, m, d int, ok bool) {
	if len(segs) < 3 || len(segs[0]) != 4 || !allDateDigits(segs[0]) {
		return 0, 0, 0, false
	}
	y = dateAtoi(segs[0])
	if n := segs[1]; len(n) >= 1 && len(n) <= 2 && allDateDigits(n) {
		m = dateAtoi(n)
	} else if mo, ok := monthNamed(n); ok {
		m = int(mo)
	} else {
		return 0, 0, 0, false
	}
	n := segs[2]
	if dot := strings.IndexByte(n, '.'); dot > 0 {
		n = n[:dot] // "30.html"
	}
	if len(n) < 1 || len(n) > 2 || !allDateDigits(n) {
		return 0, 0, 0, false
	}
	d = dateAtoi(n)
	return y, m, d, validDate(y, m, d)
}

// ---------------------------------------------------------------------------
// Small readers

// dateWordIn reports whether w is one of words, ignoring case.
func dateWordIn(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

func isDateDigit(c byte) bool { return c >= '0' && c <= '9' }

// hasYearDigits reports whether s holds four digits in a row. Each form
// parseTextDate reads has a year of four digits, so a text without them
// needs no tokenizing.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if !isDateDigit(s[i]) {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

// hasShortYearDigits reports whether s holds two digits, a dot, two
// digits, a dot and two digits in a row: the only form parseShortYearDate
// reads, so a text without it needs no tokenizing.
func hasShortYearDigits(s string) bool {
	for i := 0; i+8 <= len(s); i++ {
		if s[i+2] == '.' && s[i+5] == '.' && isDateDigit(s[i]) && isDateDigit(s[i+1]) &&
			isDateDigit(s[i+3]) && isDateDigit(s[i+4]) && isDateDigit(s[i+6]) && isDateDigit(s[i+7]) {
			return true
		}
	}
	return false
}

func allDateDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDateDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// dateAtoi converts a string of at most 18 ASCII digits; callers have
// checked the digits.
func dateAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// readDateDigits reads between lo and hi ASCII digits at s[i:], returning
// their value and the index after them. It fails when fewer than lo digits
// are there.
func readDateDigits(s string, i, lo, hi int) (n, j int, ok bool) {
	j = i
	for j < len(s) && j-i < hi && isDateDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i < lo {
		return 0, i, false
	}
	return n, j, true
}

func skipDateSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func dateLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}
