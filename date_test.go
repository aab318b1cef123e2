package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// dateCase is one input and the date expected from it, written as a Date
// writes itself: "2023-09-30" for a day, "2023-09-30T10:00:00" for a local
// time with no zone, RFC 3339 for an instant, so that the precision and
// the offset are compared as well as the day; want "" means the input
// holds no date.
type dateCase struct {
	name, in, want string
}

func checkDate(t *testing.T, fn func(string) (Date, bool), c dateCase) {
	t.Helper()
	got, ok := fn(c.in)
	switch {
	case c.want == "" && ok:
		t.Errorf("%q: got %s, want no date", c.in, got)
	case c.want != "" && !ok:
		t.Errorf("%q: got no date, want %s", c.in, c.want)
	case c.want != "" && got.String() != c.want:
		t.Errorf("%q: got %s, want %s", c.in, got, c.want)
	}
}

func TestParseDateTime(t *testing.T) {
	cases := []dateCase{
		// ISO 8601 and RFC 3339.
		{"rfc3339 offset kept", "2023-09-30T14:05:00+03:00", "2023-09-30T14:05:00+03:00"},
		{"zulu", "2023-09-30T10:00:00Z", "2023-09-30T10:00:00Z"},
		{"lower-case t and z", "2023-09-30t10:00:00z", "2023-09-30T10:00:00Z"},
		{"no seconds", "2023-09-30T10:00+02:00", "2023-09-30T10:00:00+02:00"},
		{"millis", "2023-09-30T10:00:00.123Z", "2023-09-30T10:00:00.123Z"},
		{"one fraction digit", "2023-09-30T10:00:00.5Z", "2023-09-30T10:00:00.5Z"},
		{"twelve fraction digits", "2023-09-30T10:00:00.123456789123-05:00", "2023-09-30T10:00:00.123456789-05:00"},
		{"comma fraction", "2023-09-30T10:00:00,25Z", "2023-09-30T10:00:00.25Z"},
		{"offset without colon", "2023-09-30T10:00:00+0300", "2023-09-30T10:00:00+03:00"},
		{"offset hours only", "2023-09-30T10:00:00+03", "2023-09-30T10:00:00+03:00"},
		{"negative half-hour offset", "2023-09-30T10:00:00-03:30", "2023-09-30T10:00:00-03:30"},
		{"zero offset", "2023-09-30T10:00:00+00:00", "2023-09-30T10:00:00Z"},
		{"space for T", "2023-09-30 10:00:00", "2023-09-30T10:00:00"},
		{"space before offset", "2023-09-30 10:00:00 +0200", "2023-09-30T10:00:00+02:00"},
		{"zone abbreviation", "2023-09-30 10:00:00 EDT", "2023-09-30T10:00:00-04:00"},
		{"UTC suffix", "2023-09-30T10:00:00 UTC", "2023-09-30T10:00:00Z"},
		{"GMT offset suffix", "2023-09-30T10:00:00 GMT+03:00", "2023-09-30T10:00:00+03:00"},
		{"no zone is local", "2023-09-30T10:00:00", "2023-09-30T10:00:00"},
		{"date only", "2023-09-30", "2023-09-30"},
		{"slashes", "2023/09/30", "2023-09-30"},
		{"slashes and time", "2023/09/30 10:05", "2023-09-30T10:05:00"},
		{"single-digit parts", "2023-9-3", "2023-09-03"},
		{"surrounding whitespace", "\n\t 2023-09-30T10:00:00Z  ", "2023-09-30T10:00:00Z"},
		{"leap day", "2024-02-29", "2024-02-29"},

		// Mail and HTTP dates.
		{"rfc1123", "Sat, 30 Sep 2023 10:00:00 GMT", "2023-09-30T10:00:00Z"},
		{"rfc1123z", "Sat, 30 Sep 2023 10:00:00 +0000", "2023-09-30T10:00:00Z"},
		{"rfc1123z offset kept", "Sat, 30 Sep 2023 10:00:00 +0300", "2023-09-30T10:00:00+03:00"},
		{"rfc1123 US zone", "Sat, 30 Sep 2023 10:00:00 EDT", "2023-09-30T10:00:00-04:00"},
		{"rfc1123 CEST", "Sat, 30 Sep 2023 10:00:00 CEST", "2023-09-30T10:00:00+02:00"},
		{"rfc1123 unknown zone", "Sat, 30 Sep 2023 10:00:00 XYZ", "2023-09-30T10:00:00"},
		{"rfc822 single-digit day", "Sun, 1 Oct 2023 08:30 +0100", "2023-10-01T08:30:00+01:00"},
		{"rfc822 no weekday", "30 Sep 2023 10:00:00 +0200", "2023-09-30T10:00:00+02:00"},
		{"rfc822 two-digit year", "Sat, 30 Sep 23 10:00:00 GMT", "2023-09-30T10:00:00Z"},
		{"rfc850", "Saturday, 30-Sep-23 10:00:00 GMT", "2023-09-30T10:00:00Z"},
		{"ansi c", "Sat Sep 30 10:00:00 2023", "2023-09-30T10:00:00"},
		{"unix date", "Sat Sep 30 10:00:00 PDT 2023", "2023-09-30T10:00:00-07:00"},
		{"javascript", "Sat Sep 30 2023 10:00:00 GMT+0300 (Moscow Standard Time)", "2023-09-30T10:00:00+03:00"},

		// Digits.
		{"compact date", "20230930", "2023-09-30"},
		{"epoch seconds", "1696068000", "2023-09-30T10:00:00Z"},
		{"epoch millis", "1696068000123", "2023-09-30T10:00:00.123Z"},

		// Bad input.
		{"empty", "", ""},
		{"spaces", "   ", ""},
		{"word", "yesterday", ""},
		{"human date", "September 30, 2023", ""},
		{"year too early", "1989-12-31", ""},
		{"year too late", "2101-01-01", ""},
		{"month 13", "2023-13-01", ""},
		{"february 30", "2023-02-30", ""},
		{"not a leap year", "2023-02-29", ""},
		{"hour 24", "2023-09-30T24:00:00Z", ""},
		{"minute 60", "2023-09-30T10:60:00Z", ""},
		{"second 60", "2023-09-30T10:00:60Z", ""},
		{"hour without minutes", "2023-09-30T10", ""},
		{"empty fraction", "2023-09-30T10:00:00.Z", ""},
		{"offset too large", "2023-09-30T10:00:00+15:00", ""},
		{"offset minutes 60", "2023-09-30T10:00:00+03:60", ""},
		{"trailing junk", "2023-09-30T10:00:00Zjunk", ""},
		{"mixed separators", "2023-09/30", ""},
		{"three-digit month", "2023-009-30", ""},
		{"year month only", "2023-09", ""},
		{"epoch too early", "0000000001", ""},
		{"epoch 1990 too early", "631152000", ""},
		{"epoch far future", "9999999999", ""},
		{"eleven digits", "16960680001", ""},
		{"compact month 13", "20231330", ""},
		{"phone number", "0301234567", ""},
		{"rfc1123 day 31 in september", "Sun, 31 Sep 2023 10:00:00 GMT", ""},
		{"rfc1123 year 1899", "Sat, 30 Sep 1899 10:00:00 GMT", ""},
		{"too long", "2023-09-30T10:00:00Z" + strings.Repeat(" ", 100) + "x", ""},
		{"version", "2.0.3", ""},
		{"invalid utf-8", "2023-09-30T10:00:00\xff", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDate(t, parseDateTime, c) })
	}
}

// The offset a page states must survive whatever the machine's zone is.
func TestParseDateTimeIgnoresLocalZone(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	time.Local = time.FixedZone("EST", -5*3600)
	for _, c := range []dateCase{
		{"abbreviation matching local", "Sat, 30 Sep 2023 10:00:00 EST", "2023-09-30T10:00:00-05:00"},
		{"unknown abbreviation", "Sat, 30 Sep 2023 10:00:00 QQQ", "2023-09-30T10:00:00"},
		{"numeric offset", "Sat, 30 Sep 2023 10:00:00 -0500", "2023-09-30T10:00:00-05:00"},
		{"no zone", "2023-09-30T10:00:00", "2023-09-30T10:00:00"},
	} {
		t.Run(c.name, func(t *testing.T) { checkDate(t, parseDateTime, c) })
	}
}

func TestParseTextDate(t *testing.T) {
	cases := []dateCase{
		// English.
		{"en month day year", "September 30, 2023", "2023-09-30"},
		{"en AP abbreviation", "Published Sept. 30, 2023", "2023-09-30"},
		{"en short no comma", "Sep 30 2023", "2023-09-30"},
		{"en ordinal", "September 30th, 2023", "2023-09-30"},
		{"en day month year", "30 September 2023", "2023-09-30"},
		{"en short day first", "30 Sep 2023", "2023-09-30"},
		{"en ordinal of", "the 1st of October 2023", "2023-10-01"},
		{"en dashes", "30-Sep-2023", "2023-09-30"},
		{"en upper case", "SEPTEMBER 30, 2023", "2023-09-30"},
		{"en guardian", "Saturday 30 September 2023 10.05 BST", "2023-09-30T10:05:00+01:00"},
		{"en gmt", "Mon 6 Nov 2023 14.30 GMT", "2023-11-06T14:30:00Z"},
		{"en am ET in summer", "Sept. 30, 2023 10:05 am ET", "2023-09-30T10:05:00-04:00"},
		{"en ET in winter", "Dec. 5, 2023 08:03 ET", "2023-12-05T08:03:00-05:00"},
		{"en pm", "Updated Sep 30, 2023 at 8:03 p.m. EDT", "2023-09-30T20:03:00-04:00"},
		{"en hour and meridiem", "Sep 30, 2023 at 5 p.m. ET", "2023-09-30T17:00:00-04:00"},
		{"en hour and meridiem, no space", "Sep 30, 2023, 11AM", "2023-09-30T11:00:00"},
		{"a count after the date is no hour", "Sep 30, 2023 5 amendments", "2023-09-30"},
		{"thirteen is no hour before a meridiem", "Sep 30, 2023 13 pm", "2023-09-30"},
		{"en 12 am", "September 30, 2023 12:15 AM", "2023-09-30T00:15:00"},
		{"en 12 pm", "September 30, 2023 12:15 PM PT", "2023-09-30T12:15:00-07:00"},
		{"en PST", "January 5, 2024, 9:00 AM PST", "2024-01-05T09:00:00-08:00"},
		{"en seconds", "30 September 2023 10:05:09", "2023-09-30T10:05:09"},
		{"en parenthesised zone", "30 Sep 2023 (10:05 BST)", "2023-09-30T10:05:00+01:00"},
		{"en IST", "Updated: September 30, 2023 10:05 IST", "2023-09-30T10:05:00+05:30"},
		{"en byline around", "By Jane Doe | Reuters | Sep 30, 2023 | 4 min read", "2023-09-30"},

		// Chinese, Japanese, Korean.
		{"ja", "2019年3月15日 09:43", "2019-03-15T09:43:00"},
		{"zh padded", "发布时间：2020年02月14日", "2020-02-14"},
		{"ja weekday", "2021年10月2日土曜日", "2021-10-02"},
		{"ko", "2023년 9월 30일 오후", "2023-09-30"},
		{"cjk no such day", "2023年2月30日", ""},
		{"cjk month alone", "2023年9月", ""},

		// German.
		{"de day dot", "30. September 2023", "2023-09-30"},
		{"de abbreviation", "30. Sept. 2023", "2023-09-30"},
		{"de weekday", "Samstag, 30. September 2023", "2023-09-30"},
		{"de umlaut", "1. März 2023", "2023-03-01"},
		{"de umlaut dropped", "1. Marz 2023", "2023-03-01"},
		{"de ae", "1. Maerz 2023", "2023-03-01"},
		{"de decomposed umlaut", "1. Ma\u0308rz 2023", "2023-03-01"},
		{"de austrian", "3. Jänner 2024", "2024-01-03"},
		{"de um Uhr", "30. September 2023 um 10:05 Uhr", "2023-09-30T10:05:00"},
		{"de numeric Uhr MESZ", "Aktualisiert am 30.09.2023, 10:05 Uhr MESZ", "2023-09-30T10:05:00+02:00"},
		{"de CEST", "30.09.2023 - 10:05 CEST", "2023-09-30T10:05:00+02:00"},

		// French.
		{"fr", "30 septembre 2023", "2023-09-30"},
		{"fr premier", "le 1er octobre 2023", "2023-10-01"},
		{"fr abbreviation", "30 sept. 2023", "2023-09-30"},
		{"fr accents", "5 février 2024", "2024-02-05"},
		{"fr no accents", "5 fevrier 2024", "2024-02-05"},
		{"fr aout", "15 août 2023", "2023-08-15"},
		{"fr heure", "Publié le 30 septembre 2023 à 10h05", "2023-09-30T10:05:00"},
		{"fr heure spaced", "30 septembre 2023 à 10 h 05", "2023-09-30T10:05:00"},

		// Spanish, Catalan, Portuguese, Italian.
		{"es de", "30 de septiembre de 2023", "2023-09-30"},
		{"es comma", "30 septiembre, 2023", "2023-09-30"},
		{"es del", "30 de septiembre del 2023", "2023-09-30"},
		{"es setiembre", "30 de setiembre de 2023", "2023-09-30"},
		{"es a las", "30 de septiembre de 2023 - 10:05 CEST", "2023-09-30T10:05:00+02:00"},
		{"ca apostrophe", "1 d'octubre de 2023", "2023-10-01"},
		{"ca curly apostrophe", "1 d’octubre de 2023", "2023-10-01"},
		{"pt", "30 de setembro de 2023", "2023-09-30"},
		{"pt ordinal", "1º de outubro de 2023", "2023-10-01"},
		{"pt às", "30 de setembro de 2023 às 10:05", "2023-09-30T10:05:00"},
		{"it", "30 settembre 2023", "2023-09-30"},
		{"it alle ore", "30 settembre 2023 alle ore 10:05", "2023-09-30T10:05:00"},

		// Northern Europe.
		{"nl", "30 september 2023", "2023-09-30"},
		{"nl mrt", "1 mrt. 2023 om 10:05", "2023-03-01T10:05:00"},
		{"sv", "30 september 2023 kl. 10.05", "2023-09-30T10:05:00"},
		{"da", "30. september 2023", "2023-09-30"},
		{"no desember", "5. desember 2023", "2023-12-05"},
		{"fi", "30. syyskuuta 2023 klo 10.05", "2023-09-30T10:05:00"},

		// Central and eastern Europe.
		{"pl", "30 września 2023", "2023-09-30"},
		{"pl no accents", "30 wrzesnia 2023", "2023-09-30"},
		{"pl godz", "30 września 2023 r., godz. 10:05", "2023-09-30T10:05:00"},
		{"cs", "30. září 2023", "2023-09-30"},
		{"cs July", "1. července 2023", "2023-07-01"},
		{"sk", "30. septembra 2023", "2023-09-30"},
		{"hu year first", "2023. szeptember 30.", "2023-09-30"},
		{"hu year first time", "2023. szeptember 30. 10:05", "2023-09-30T10:05:00"},
		{"ro", "30 septembrie 2023", "2023-09-30"},
		{"tr", "30 Eylül 2023", "2023-09-30"},
		{"tr upper", "30 EYLÜL 2023", "2023-09-30"},
		{"el", "30 Σεπτεμβρίου 2023", "2023-09-30"},
		{"el unaccented capitals", "30 ΣΕΠΤΕΜΒΡΙΟΥ 2023", "2023-09-30"},
		{"ru genitive", "30 сентября 2023", "2023-09-30"},
		{"ru year word and time", "30 сентября 2023 г., 10:05 MSK", "2023-09-30T10:05:00+03:00"},
		{"ru capitalised", "30 Сентября 2023 года в 10:05", "2023-09-30T10:05:00"},
		{"ru abbreviation", "5 дек. 2023", "2023-12-05"},
		{"uk genitive", "30 вересня 2023", "2023-09-30"},
		{"uk listopad", "1 листопада 2023 о 10:05", "2023-11-01T10:05:00"},

		// Numeric dates.
		{"iso", "2023-09-30", "2023-09-30"},
		{"iso in text", "Published: 2023-09-30 by staff", "2023-09-30"},
		{"iso stamp in text", "Posted 2023-09-30T14:05:00+03:00.", "2023-09-30T14:05:00+03:00"},
		{"iso with spaced time", "2023-09-30 14:05", "2023-09-30T14:05:00"},
		{"european dots", "30.09.2023", "2023-09-30"},
		{"european short", "30.9.2023", "2023-09-30"},
		{"european slashes", "30/09/2023", "2023-09-30"},
		{"european slashes time", "Publicado: 30/09/2023 10:05", "2023-09-30T10:05:00"},
		{"us slashes", "09/30/2023", "2023-09-30"},
		{"ambiguous slashes day first", "01/02/2023", "2023-02-01"},
		{"ambiguous dots day first", "01.02.2023", "2023-02-01"},
		{"dashes day first", "30-09-2023", "2023-09-30"},
		{"end of sentence", "Stand: 30.09.2023.", "2023-09-30"},
		{"spaced dots", "Von Anna Schmidt 7. 3. 2021.", "2021-03-07"},
		{"spaced dots padded", "07. 03. 2021, 10:05", "2021-03-07T10:05:00"},
		{"spaced dots in a list", "Schritte 1. 2. 3. 2022", ""},
		{"spaced dots month 13", "4. 13. 2022", ""},

		// The first date wins.
		{"first of two", "Published 30 September 2023, updated 2 October 2023", "2023-09-30"},
		{"month day after stray number", "Updated 5 Sep 30 2023", "2023-09-30"},

		// No date, or not a valid one.
		{"empty", "", ""},
		{"no date", "By Jane Doe, Staff Writer", ""},
		{"version", "Version 2.0.3", ""},
		{"version four parts", "release 1.2.2023.4", ""},
		{"ip address", "10.30.09.2023", ""},
		{"phone number", "Call 555-123-4567", ""},
		{"phone with slashes", "Tel. 030/12/2023", ""},
		{"top ten", "Top 10 of 2023", ""},
		{"month and year only", "September 2023", ""},
		{"day and month only", "30 September", ""},
		{"february 30", "30 February 2023", ""},
		{"february 29 non leap", "29.02.2023", ""},
		{"day 32", "32 March 2023", ""},
		{"implausible year", "30 September 1066", ""},
		{"two-digit year", "30.09.23", ""},
		{"time with no date", "10:30 BST", ""},
		{"time before month", "10:30 September 2023", ""},
		{"money", "$30 million in 2023", ""},
		{"word glued to digits", "ab30.09.2023", ""},
		{"invalid utf-8", "30 \xff\xfe 2023", ""},
		{"stray month word", "March 2023 saw 30 new laws", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDate(t, parseTextDate, c) })
	}
}

// A time that is not one must not be taken for the date's time of day.
func TestParseTextDateIgnoresNonTimes(t *testing.T) {
	for _, c := range []dateCase{
		{"number after date", "30 September 2023 10 people", "2023-09-30"},
		{"second date", "30.09.2023 10.05.2024", "2023-09-30"},
		{"hour 25", "30 September 2023 25:00", "2023-09-30"},
		{"pm past 12", "30 September 2023 13:00 pm", "2023-09-30"},
		{"three-digit minutes", "30 September 2023 10:055", "2023-09-30"},
		{"lower-case et is French", "30 septembre 2023 10:05 et plus", "2023-09-30T10:05:00"},
		{"unknown zone", "30 September 2023 10:05 QQQ", "2023-09-30T10:05:00"},
		{"far-away time", "30 September 2023, by our staff writer at 10:05", "2023-09-30"},
	} {
		t.Run(c.name, func(t *testing.T) { checkDate(t, parseTextDate, c) })
	}
}

func TestParseTextDateLongInput(t *testing.T) {
	long := strings.Repeat("word ", 1000) + "30 September 2023"
	if got, ok := parseTextDate(long); ok {
		t.Errorf("date past the read limit found: %v", got)
	}
	early := "30 September 2023 " + strings.Repeat("ü", 3000)
	checkDate(t, parseTextDate, dateCase{"early date", early, "2023-09-30"})
}

func TestDateFromURL(t *testing.T) {
	cases := []dateCase{
		{"year month day", "https://example.com/news/2023/09/30/some-title", "2023-09-30"},
		{"single digits", "https://example.com/2023/9/3/some-title", "2023-09-03"},
		{"month name", "https://www.theguardian.com/world/2023/sep/30/some-title", "2023-09-30"},
		{"day with extension", "https://example.com/2023/09/30.html", "2023-09-30"},
		{"dashed segment", "https://example.com/2023-09-30/some-title", "2023-09-30"},
		{"dashed slug prefix", "https://example.com/news/2023-09-30-some-title", "2023-09-30"},
		{"compact segment", "https://example.com/20230930/some-title", "2023-09-30"},
		{"compact slug prefix", "https://example.com/news/20230930-some-title.html", "2023-09-30"},
		{"year month names no day", "https://example.com/2023/09/some-title", ""},
		{"year month and an id", "https://example.com/2023/09/123456/some-title", ""},
		{"relative path", "/2023/09/30/", "2023-09-30"},
		{"skips a bad candidate", "https://example.com/2023/13/x/2023/09/30/", "2023-09-30"},

		{"day-first segment", "https://example.org/meldungen/14-03-2021", "2021-03-14"},
		{"day-first segment with dots", "https://example.org/meldungen/14.03.2021", "2021-03-14"},
		{"day-first in a slug is not read", "https://example.org/14-03-2021-match-report", ""},

		{"no date", "https://example.com/news/some-title", ""},
		{"year alone", "https://example.com/2023/some-title", ""},
		{"month name without day", "https://example.com/2023/may-day-parade", ""},
		{"month 13", "https://example.com/2023/13/30/", ""},
		{"february 30", "https://example.com/2023/02/30/", ""},
		{"implausible year", "https://example.com/1066/09/30/", ""},
		{"image size", "https://example.com/img/1920/1080/photo.jpg", ""},
		{"compact in longer number", "https://example.com/article/202309301234", ""},
		{"compact glued to text", "https://example.com/20230930abc", ""},
		{"date in query", "https://example.com/article?date=2023-09-30", ""},
		{"date in host", "https://2023-09-30.example.com/", ""},
		{"bad url", "http://[::1", ""},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDate(t, dateFromURL, c) })
	}
}

func TestParseShortYearDate(t *testing.T) {
	cases := []dateCase{
		{"padded", "14.03.21", "2021-03-14"},
		{"in a line", "Hochgeladen 07.11.19 - Bremen", "2019-11-07"},
		{"with a clock", "07.11.19 18:40", "2019-11-07T18:40:00"},
		{"unpadded is a version", "v 1.2.23", ""},
		{"part of a chain", "10.14.03.21", ""},
		{"glued to letters", "build14.03.21", ""},
		{"four-digit year left to parseTextDate", "14.03.2021", ""},
		{"no such day", "31.02.21", ""},
		{"slashes", "14/03/21", ""},
		{"month name", "9 March 21", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkDate(t, parseShortYearDate, c) })
	}
}

func TestLineLabel(t *testing.T) {
	cases := []struct {
		in   string
		want labelKind
	}{
		{"Veröffentlicht am 14.03.2021", labelPublished},
		{"  veröffentlicht", labelPublished},
		{"Published: March 14, 2021", labelPublished},
		{"Datum: 14.03.2021", labelPublished},
		{"Aktualisiert: 30.12.2020", labelUpdated},
		{"Last updated March 14, 2021", labelUpdated},
		{"Von: Anna Schmidt", labelAuthor},
		{"Text: Anna Schmidt", labelAuthor},
		{"Written by Anna Schmidt on March 14", labelAuthor},
		{"Mise en ligne", labelPublished},
		{"Mise en ligne : 8 juin 2021", labelPublished},
		{"Date de publication: 08/06/2021", labelPublished},
		{"Publication date\u00a0June 8, 2021", labelPublished},
		{"Erscheinungsdatum: 08.06.2021", labelPublished},
		{"Julkaistu 8.6.2021", labelPublished},
		{"Опубликовано 8 июня 2021", labelPublished},
		{"Mise en ligneur", labelNone},
		{"Publicerade artiklar", labelNone},
		{"Veröffentlichte Studien zeigen", labelNone},
		{"Datumsangabe", labelNone},
		{"Von der Leyen sagte", labelNone},
		{"Text", labelNone},
		{"Autor", labelAuthor},
		{"Autor des Jahres", labelNone},
		{"The council met", labelNone},
		{"", labelNone},
	}
	for _, c := range cases {
		if got := lineLabel(c.in); got != c.want {
			t.Errorf("lineLabel(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestUSDaylightTime(t *testing.T) {
	cases := []struct {
		name string
		date string
		want bool
	}{
		{"day before 2023 start", "2023-03-11", false},
		{"2023 start", "2023-03-12", true},
		{"last day 2023", "2023-11-04", true},
		{"2023 end", "2023-11-05", false},
		{"winter", "2024-01-15", false},
		{"2006 april start", "2006-04-02", true},
		{"2006 before start", "2006-04-01", false},
		{"2006 october end", "2006-10-29", false},
		{"2006 before end", "2006-10-28", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := time.Parse(time.DateOnly, c.date)
			if err != nil {
				t.Fatalf("bad test date: %v", err)
			}
			if got := usDaylightTime(d.Year(), d.Month(), d.Day()); got != c.want {
				t.Errorf("usDaylightTime(%s) = %v, want %v", c.date, got, c.want)
			}
		})
	}
}

// Every listed month word must lead back to its own month: a word listed
// under two months would silently take the later one.
func TestMonthWordsAreUnambiguous(t *testing.T) {
	for i, words := range dateMonthWords {
		want := time.Month(i + 1)
		for _, w := range strings.Fields(words) {
			if got, ok := monthNamed(w); !ok || got != want {
				t.Errorf("%q: got %v (%v), want %v", w, got, ok, want)
			}
		}
	}
}

func TestPlausibleYear(t *testing.T) {
	for _, c := range []struct {
		y    int
		want bool
	}{{1989, false}, {1990, true}, {2023, true}, {2100, true}, {2101, false}, {-1, false}} {
		if got := plausibleYear(c.y); got != c.want {
			t.Errorf("plausibleYear(%d) = %v, want %v", c.y, got, c.want)
		}
	}
}

func BenchmarkParseDateTimeISO(b *testing.B) {
	for b.Loop() {
		parseDateTime("2023-09-30T14:05:00.123+03:00")
	}
}

func BenchmarkParseTextDate(b *testing.B) {
	for b.Loop() {
		parseTextDate("By Jane Doe, Staff Writer | Updated Saturday 30 September 2023 10.05 BST")
	}
}

// parseTestPage parses an HTML fragment as a page at pageURL.
func parseTestPage(t *testing.T, page, pageURL string) *Article {
	t.Helper()
	a, err := Parse(strings.NewReader(page), pageURL)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a
}

// testBody is enough prose for the page to read as an article.
const testBody = `<p>` + "The council met on the matter for the third time this year and heard from residents, officials and experts about the plan, its cost and its timetable. " +
	"Members asked for more detail on the funding before the final vote, which is due next month after a further round of consultation with the public.</p>"

func TestFindDatesOnPages(t *testing.T) {
	tests := []struct {
		name          string
		head, body    string
		wantPublished string // as Date.String writes it, or "" for none
		wantModified  string
	}{
		{
			name:          "UTC metadata moved to the displayed local clock",
			head:          `<meta property="article:published_time" content="2023-11-09T05:30:00+00:00">`,
			body:          `<h1>Council backs the plan</h1><p class="meta">Published: November 8, 2023 at 11:30 p.m.</p>`,
			wantPublished: "2023-11-08T23:30:00-06:00",
		},
		{
			name:          "UTC stamp at the local midnight of the shown day",
			head:          `<meta property="article:published_time" content="2023-03-09T23:00:00Z">`,
			body:          `<h1>Council backs the plan</h1><span class="meta-date">10. März 2023</span>`,
			wantPublished: "2023-03-10T00:00:00+01:00",
		},
		{
			name:          "UTC stamp off the hour moves to the shown next day",
			head:          `<meta property="article:published_time" content="2023-03-09T23:10:00Z">`,
			body:          `<h1>Council backs the plan</h1><span class="meta-date">10. März 2023</span>`,
			wantPublished: "2023-03-10T00:10:00+01:00",
		},
		{
			name:          "shown day two days off the UTC stamp leaves it alone",
			head:          `<meta property="article:published_time" content="2023-03-09T23:10:00Z">`,
			body:          `<h1>Council backs the plan</h1><span class="meta-date">11. März 2023</span>`,
			wantPublished: "2023-03-09T23:10:00Z",
		},
		{
			name:          "shown day in a heading beside the headline",
			head:          `<meta property="article:published_time" content="2021-12-31T22:40:00+00:00">`,
			body:          `<h2>2022-01-01</h2><h1>Council backs the plan</h1>`,
			wantPublished: "2022-01-01T00:40:00+02:00",
		},
		{
			name:          "a displayed clock that gives no zone in use is another moment",
			head:          `<meta property="article:published_time" content="2023-11-09T05:30:00+00:00">`,
			body:          `<h1>Council backs the plan</h1><p class="meta">Published: November 9, 2023 at 7:45 a.m.</p>`,
			wantPublished: "2023-11-09T05:30:00Z",
		},
		{
			name:          "a day alone in the metadata takes the displayed clock",
			head:          `<meta property="article:published_time" content="2023-11-09">`,
			body:          `<h1>Council backs the plan</h1><p class="meta">Published: November 9, 2023 at 7:15 a.m.</p>`,
			wantPublished: "2023-11-09T07:15:00",
		},
		{
			name:          "day and clock in sibling elements",
			head:          `<meta property="article:published_time" content="2023-05-04T00:25:00Z">`,
			body:          `<h1>Council backs the plan</h1><div class="article-date"><span class="article-date-day">3 May 2023</span> <span class="article-date-time">21:25</span></div>`,
			wantPublished: "2023-05-03T21:25:00-03:00",
		},
		{
			name:          "an hour alone with its meridiem",
			head:          `<meta property="article:published_time" content="2023-08-28T00:00:43Z">`,
			body:          `<h1>Council backs the plan</h1><div class="published"><div>Aug. 27, 2023</div><div>5 PM</div></div>`,
			wantPublished: "2023-08-27T17:00:43-07:00",
		},
		{
			name:          "an embedded post's date is the post's",
			body:          `<h1>Council backs the plan</h1><div class="publish-date">29. Januar 2019</div><blockquote class="instagram-media"><p>A post by <a href="https://social.example/jane">Jane</a> on <time datetime="2018-03-12T19:30:12+00:00">12 Mar 2018</time></p></blockquote>`,
			wantPublished: "2019-01-29",
		},
		{
			name:          "with nothing marked, the earliest date on a short line",
			body:          `<p>The council met again and backed the plan.</p><div><span>Served 12 May 2010</span></div><div class="box"><span>Apr 7, 2009</span></div><p>On 3 March 2001 the first plan was drawn up, long before the council of today met.</p>`,
			wantPublished: "2009-04-07",
		},
		{
			name:          "rNews publication date",
			head:          `<meta property="rnews:datePublished" content="2010-02-22T11:53:04+00:00">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2010-02-22T11:53:04Z",
		},
		{
			name:          "with no date in the text, the earliest in a script",
			body:          `<p>The council met again and backed the plan.</p><script>var page = {"id": 20230601, "updated": "2023-06-01 08:00", "first": "2023/05/03 10:12:09"};</script>`,
			wantPublished: "2023-05-03",
		},
		{
			name:          "earlier day on a time element in prose is another day",
			head:          `<meta property="article:published_time" content="2023-06-21T08:14:05Z">`,
			body:          `<h1>Council backs the plan</h1><p>The council first debated the plan on <time datetime="2021-02-16">16 February</time>, when residents asked for a second consultation.</p>`,
			wantPublished: "2023-06-21T08:14:05Z",
		},
		{
			name:          "a full stamp on a time element stays an embed's",
			head:          `<meta property="article:published_time" content="2020-09-14T11:20:00+02:00">`,
			body:          `<h1>Council backs the plan</h1><blockquote class="instagram-media"><time datetime="2020-03-02T19:05:41+00:00">Mar 2, 2020</time></blockquote>`,
			wantPublished: "2020-09-14T11:20:00+02:00",
		},
		{
			name: "zone from another stamp of the same instant",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-18T22:04:00Z"}</script>` +
				`<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2019-10-19T00:04:00+02:00",
		},
		{
			name:          "a written clock with no zone is a local time",
			body:          `<h1>Council backs the plan</h1><p class="date">Julkaistu 5.3.2024 klo 14.00</p>`,
			wantPublished: "2024-03-05T14:00:00",
		},
		{
			name:          "a zone-less stamp moved to a displayed zone-less clock stays local",
			head:          `<meta property="article:published_time" content="2024-03-05T12:00:00">`,
			body:          `<h1>Council backs the plan</h1><p class="date">5.3.2024 klo 14.00</p>`,
			wantPublished: "2024-03-05T14:00:00",
		},
		{
			name:          "a zone-less stamp agreeing with a zoned one is an instant",
			head:          `<meta property="article:published_time" content="2020-02-19T22:00:00"><meta name="date" content="2020-02-19T14:00:00-08:00">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2020-02-19T14:00:00-08:00",
		},
		{
			name:          "a day alone is a day",
			head:          `<meta property="article:published_time" content="2024-03-05">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2024-03-05",
		},
		{
			name:          "displayed day without a clock moves the UTC stamp to the day before",
			head:          `<meta property="article:published_time" content="2023-11-09T01:30:00Z">`,
			body:          `<h1>Council backs the plan</h1><p class="date">Nov 8, 2023</p>`,
			wantPublished: "2023-11-08T23:30:00-02:00",
		},
		{
			name:          "displayed day matching the UTC stamp's leaves it alone",
			head:          `<meta property="article:published_time" content="2023-11-09T01:30:00Z">`,
			body:          `<h1>Council backs the plan</h1><p class="date">Nov 9, 2023</p>`,
			wantPublished: "2023-11-09T01:30:00Z",
		},
		{
			name: "displayed zoned time agreeing with meta beats a wrong JSON-LD offset",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-02T03:10:00-06:00"}</script>` +
				`<meta property="article:published_time" content="2021-03-02T03:10:00+00:00">`,
			body:          `<h1>Council backs the plan</h1><p class="byline-date">Mar 1, 2021, 9:10 pm CST</p>`,
			wantPublished: "2021-03-01T21:10:00-06:00",
		},
		{
			name: "an update stamped before the publication is no update",
			head: `<meta property="article:published_time" content="2022-05-20T12:00:00+02:00">` +
				`<meta property="article:modified_time" content="2022-05-18T09:00:00+02:00">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2022-05-20T12:00:00+02:00",
		},
		{
			name:          "displayed day beats a bare metadata date",
			head:          `<meta property="og:article:published_time" content="2022-01-15">`,
			body:          `<h1>Council backs the plan</h1><div class="article-meta"><time>25.01.2022</time></div>`,
			wantPublished: "2022-01-25",
		},
		{
			name:          "date line just before the headline",
			body:          `<p><span class="x">Von Anna Schmidt</span> <span class="y">publiziert am 25. September 2018</span></p><h1>Council backs the plan</h1>`,
			wantPublished: "2018-09-25",
		},
		{
			name:          "generic document date yields to the shown day",
			head:          `<meta name="date" content="2021-12-20T11:02:44+01:00">`,
			body:          `<h1>Council backs the plan</h1><p class="date">27.01.2022</p>`,
			wantPublished: "2022-01-27",
		},
		{
			name:          "a shown day that may be month-first leaves the generic date",
			head:          `<meta name="date" content="2023-04-11T09:15:00-06:00">`,
			body:          `<h1>Council backs the plan</h1><p class="date">04/11/2023</p>`,
			wantPublished: "2023-04-11T09:15:00-06:00",
		},
		{
			name:          "date in a forum post's author line",
			body:          `<h1>Council backs the plan</h1><p class="author">von <strong>riverfan</strong> » 21.01.2009, 05:42</p>`,
			wantPublished: "2009-01-21T05:42:00",
		},
		{
			name:          "two-digit number after a month name beside the headline is not a year",
			body:          `<h1>Council backs the plan</h1><div id="text"><em>Rome, 9 March 21 delegates voted</em>`,
			wantPublished: "",
		},
		{
			name:          "publication labelled in the text",
			body:          `<h1>Council backs the plan</h1><p>Der Rat tagt erneut.</p><p><b>Veröffentlicht am</b> 14.03.2021</p>`,
			wantPublished: "2021-03-14",
		},
		{
			name:          "publication label before an update label",
			body:          `<h1>Council backs the plan</h1><p>Aktualisiert: 02.04.2021</p><p>Veröffentlicht am 14.03.2021</p>`,
			wantPublished: "2021-03-14",
		},
		{
			name:          "update label as the last resort",
			body:          `<h1>Council backs the plan</h1>` + testBody + `<p class="info">Aktualisiert: 02.04.2021</p>`,
			wantPublished: "2021-04-02",
		},
		{
			name:          "two-digit year in a marked date line",
			body:          `<h1>Council backs the plan</h1><div class="uploaded-date">14.03.21</div>`,
			wantPublished: "2021-03-14",
		},
		{
			name:          "hAtom time in an empty element's title",
			body:          `<h1>Council backs the plan</h1><span class="published" title="2021-03-14T09:30:00+01:00"></span>`,
			wantPublished: "2021-03-14T09:30:00+01:00",
		},
		{
			name: "innermost marked date beats its wrapper's headline day",
			body: `<div class="post-meta-wrapper"><h1>Results of the relay, 11.6.2016</h1>` +
				`<p class="post-meta">von Anna Schmidt | <span class="published">12. Juni 2016</span></p></div>`,
			wantPublished: "2016-06-12",
		},
		{
			name: "marked wrapper's date stands when its inner date elements have none",
			body: `<h1>Council backs the plan</h1><div class="entry-meta">Posted 12 March 2021 by ` +
				`<span class="byline">Anna Schmidt</span> <span class="post-date-icon"></span></div>`,
			wantPublished: "2021-03-12",
		},
		{
			name: "a date marked as the last change yields to the plain one",
			body: `<h1>Council backs the plan</h1><span class="date-modified"><time datetime="2022-04-06T09:12:00+02:00">Mittwoch, 06. April 2022</time></span>` +
				`<span class="article-datum">5. April 2022.</span>`,
			wantPublished: "2022-04-05",
		},
		{
			name: "date line in a footer row inside the article",
			body: `<h1>Council backs the plan</h1>` + testBody + strings.Repeat(`<p>More of the report.</p>`, 45) + `<div class="grid-row row-footer"><div class="doc-byline">` +
				`<span class="doc-author">erstellt von Anna</span> <span class="doc-published"><span>veröffentlicht</span> 19.08.2021 14:30</span></div></div>`,
			wantPublished: "2021-08-19T14:30:00",
		},
		{
			name: "publication label in a credits list",
			body: `<h1>Council backs the plan</h1>` + testBody + strings.Repeat(`<p>More of the report.</p>`, 45) +
				`<div class="episode-sidebar"><ul class="credits"><li><p class="title">Un reportage</p><p class="content">de Anna Schmidt</p></li>` +
				`<li><p class="title">Mise en ligne</p><p class="content">8 juin 2021</p></li>` +
				`<li><p class="title">Montage</p><p class="content">2 juin 2021</p></li></ul></div>`,
			wantPublished: "2021-06-08",
		},
		{
			name: "date in a labelled author line after the body",
			body: `<h1>Council backs the plan</h1>` + testBody + strings.Repeat(`<p>More of the report.</p>`, 45) +
				`<div class="submitted">Geschrieben von <span class="username">jonas</span> am 3. Oktober 2018 - 09:40</div>`,
			wantPublished: "2018-10-03T09:40:00",
		},
		{
			name:          "microdata publication date beats a generic document date",
			head:          `<meta name="date" content="2021-05-11T07:45:10+02:00"><meta name="DCTERMS.date" content="2021-05-11T07:45:10+02:00">`,
			body:          `<h1>Council backs the plan</h1><span class="item-date"><time itemprop="datePublished" datetime="2021-05-04">04.05.2021</time></span>`,
			wantPublished: "2021-05-04",
		},
		{
			name:          "dateCreated yields to the meta publication time",
			head:          `<script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z"}</script><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">`,
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2017-02-23T17:18:13-08:00",
		},
		{
			name:          "JSON-LD in a bare CDATA section with template slips",
			head:          "<script type=\"application/ld+json\"><![CDATA[ {\"@type\":\"NewsArticle\",\"headline\":\"Council backs\nthe plan\",\"datePublished\":\"2020-07-10T14:15:42+00:00\",} ]]></script>",
			body:          `<h1>Council backs the plan</h1>`,
			wantPublished: "2020-07-10T14:15:42Z",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><article>" + tt.body + testBody + "</article></body></html>"
			a := parseTestPage(t, page, "https://news.example.com/story")
			if got := a.Published.String(); got != tt.wantPublished {
				t.Errorf("Published = %q, want %q", got, tt.wantPublished)
			}
			if gotMod := a.Modified.String(); gotMod != tt.wantModified {
				t.Errorf("Modified = %q, want %q", gotMod, tt.wantModified)
			}
		})
	}
}

// The day a site's banner shows beside its logo is the day the page was
// served, not the article's.
func TestMastheadDateIgnored(t *testing.T) {
	page := `<html><head><meta name="date" content="2018-09-12T06:30:00+02:00"></head><body>` +
		`<header><h1><a href="/" class="logo">Radio Example</a></h1><span class="site-date">Donnerstag, 14.03.2024</span></header>` +
		`<main><h1>Council backs the plan</h1>` + testBody + `</main></body></html>`
	a := parseTestPage(t, page, "https://news.example.com/story")
	if got, want := a.Published.String(), "2018-09-12T06:30:00+02:00"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
	// So is the day in a masthead that is no <header> element.
	page = `<html><body><div class="site-masthead"><span class="today">Viernes 9 de Julio de 2021</span></div>` +
		`<main><h1>Council backs the plan</h1><div class="byline"><span class="byline-datetime">8 de Julio de 2021</span></div>` +
		testBody + `</main></body></html>`
	a = parseTestPage(t, page, "https://news.example.com/story")
	if got, want := a.Published.String(), "2021-07-08"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
	// A header that holds the headline is the article's own.
	page = `<html><body><header><h1>Council backs the plan</h1><span class="date">Donnerstag, 14.03.2024</span></header>` +
		`<main>` + testBody + `</main></body></html>`
	a = parseTestPage(t, page, "https://news.example.com/story")
	if got, want := a.Published.String(), "2024-03-14"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
}

func TestDateText(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatalf("bad test time %q: %v", s, err)
		}
		return v
	}
	tests := []struct {
		name string
		date Date
		text string
	}{
		{"day", Date{Time: at("2024-03-05T00:00:00Z"), Precision: Day}, "2024-03-05"},
		{"local", Date{Time: at("2020-02-19T14:00:00Z"), Precision: Local}, "2020-02-19T14:00:00"},
		{"local with a fraction", Date{Time: at("2020-02-19T14:00:00.25Z"), Precision: Local}, "2020-02-19T14:00:00.25"},
		{"instant", Date{Time: at("2020-02-19T14:00:00-08:00"), Precision: Instant}, "2020-02-19T14:00:00-08:00"},
		{"instant in UTC", Date{Time: at("2020-02-19T22:00:00Z")}, "2020-02-19T22:00:00Z"},
		{"zero", Date{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.date.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText: %v", err)
			}
			if string(b) != tt.text || tt.date.String() != tt.text {
				t.Errorf("MarshalText = %q, String = %q, want %q", b, tt.date.String(), tt.text)
			}
			var back Date
			if err := back.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q): %v", b, err)
			}
			if !back.Time.Equal(tt.date.Time) || back.Precision != tt.date.Precision || back.String() != tt.text {
				t.Errorf("UnmarshalText(%q) = %v %v, want %v %v", b, back.Time, back.Precision, tt.date.Time, tt.date.Precision)
			}
		})
	}
	for _, bad := range []string{"2024-3-5", "March 5, 2024", "2024-03-05T14:00", "2024-03-05 14:00:00"} {
		var d Date
		if err := d.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", bad, d)
		}
	}
}

// The JSON of an article writes each date as precisely as the page states
// it, leaves out the dates it does not know, and reads back the same.
func TestDateJSON(t *testing.T) {
	a := Article{
		Title:     "Council backs the plan",
		Published: Date{Time: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Precision: Day},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"title":"Council backs the plan","published":"2024-03-05"}`; string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
	var back Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Published.Time.Equal(a.Published.Time) || back.Published.Precision != Day || !back.Modified.IsZero() {
		t.Errorf("read back %+v, want %+v", back, a)
	}
}

// foldKeyIsTests pair texts with keys they fold to, nearly fold to, or
// fold past.
var foldKeyIsTests = []struct{ s, key string }{
	{"", ""}, {"  ", ""}, {"A", ""}, {"", "a"},
	{"The Harbour Opens", "the harbour opens"}, {"The Harbour Opens", "the harbour open"},
	{"The Harbour Opens", "the harbour opens again"}, {"  The  Harbour\n– Opens! ", "the harbour opens"},
	{"“Quoted” — Headline/Two|Parts", "quoted headline two parts"}, {"Don't Stop", "dont stop"},
	{"ÉCOLE Ünd STRAẞE", "école ünd straße"}, {"İstanbul", "i̇stanbul"}, {"KELVIN \u212a", "kelvin k"},
	{"a-b", "a b"}, {"a-b", "ab"}, {"-a", "a"}, {"a-", "a "}, {"\xffab\xc3", "ab"}, {"12 Ways", "12 ways"},
}

func TestFoldKeyIs(t *testing.T) {
	for _, tt := range foldKeyIsTests {
		if got, want := foldKeyIs(tt.s, tt.key), foldKey(tt.s) == tt.key; got != want {
			t.Errorf("foldKeyIs(%q, %q) = %v, want %v", tt.s, tt.key, got, want)
		}
		if !foldKeyIs(tt.s, foldKey(tt.s)) {
			t.Errorf("foldKeyIs(%q, foldKey of it) = false", tt.s)
		}
	}
}

func FuzzFoldKeyIs(f *testing.F) {
	for _, tt := range foldKeyIsTests {
		f.Add(tt.s, tt.key)
	}
	f.Fuzz(func(t *testing.T, s, key string) {
		if got, want := foldKeyIs(s, key), foldKey(s) == key; got != want {
			t.Errorf("foldKeyIs(%q, %q) = %v, want %v", s, key, got, want)
		}
		if key := foldKey(s); !foldKeyIs(s, key) || len(key) > 0 && foldKeyIs(s, key[:len(key)-1]) {
			t.Errorf("foldKeyIs(%q, ...) differs from foldKey around its key %q", s, key)
		}
	})
}
