// Package batch holds what the batch command (cmd/article) and the Beam
// pipeline (beam/) share: telling a WARC file from a page by its first
// bytes, reading the pages out of a WARC file one record at a time, and
// the JSON Lines record each page becomes.
//
// Files: sniff.go judges an input by its content; warc.go reads WARC
// records (through github.com/nlnwa/gowarc) and decides which hold pages;
// line.go is the output record.
package batch
