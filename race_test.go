//go:build race

package article

// raceEnabled says the race detector is on, so that slow tests can do less.
const raceEnabled = true
