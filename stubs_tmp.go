package article

import (
	"strings"
	"time"
)

func bylineNames(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "By ")
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, " and ", ","), ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
func isAgency(name string) bool             { return name == "AFP" || name == "AP" || name == "Reuters" }
func looksLikeOrganization(name string) bool { return false }
func cleanName(s string) string              { return strings.TrimSpace(s) }
func splitCredit(c string) (string, string)  { return c, "" }
func cleanCredit(s string) string            { return strings.TrimSpace(s) }
func parseDateTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	return t, err == nil
}
func parseTextDate(s string) (time.Time, bool) { return time.Time{}, false }
func dateFromURL(s string) (time.Time, bool)   { return time.Time{}, false }
