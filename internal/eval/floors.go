package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// Tolerance is how far a figure may fall below its floor before the quality
// gate fails: the slack for rounding and for ties broken differently.
const Tolerance = 0.005

// Floors maps a figure's Key to the lowest value it is allowed to take.
type Floors map[string]float64

// ReadFloors reads floors from a JSON object file. A missing file is an
// error: a gate without floors would pass everything.
func ReadFloors(name string) (Floors, error) {
	f := Floors{}
	if err := readJSON(name, &f); err != nil {
		return Floors{}, err
	}
	return f, nil
}

// Write stores the floors as an indented JSON object, keys sorted.
func (f Floors) Write(name string) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// Raise returns floors that hold, for each figure, the higher of its old
// floor and its current value rounded down to three decimals; a floor is
// never lowered. Floors of figures no longer reported are dropped, so that
// a renamed figure does not leave a floor behind that nothing checks.
func (f Floors) Raise(figures []Figure) Floors {
	raised := Floors{}
	for _, fig := range figures {
		v := floor3(fig.Value)
		if old, ok := f[fig.Key()]; ok && old > v {
			v = old
		}
		raised[fig.Key()] = v
	}
	return raised
}

// Check lists the figures that fall more than Tolerance below their
// floor, and the figures that have no floor, one message each.
func (f Floors) Check(figures []Figure) []string {
	var failures []string
	for _, fig := range figures {
		floor, ok := f[fig.Key()]
		switch {
		case !ok:
			failures = append(failures, fmt.Sprintf("%s has no floor (n=%d, value %.4f); set one with -update-floors", fig.Key(), fig.N, fig.Value))
		case fig.Value < floor-Tolerance:
			failures = append(failures, fmt.Sprintf("%s %s %s = %.4f (n=%d), below its floor %.3f", fig.Half, fig.Set, fig.Measure, fig.Value, fig.N, floor))
		}
	}
	return failures
}

// floor3 rounds v down to three decimals, the precision the table shows, so
// that a floor never sits above the value it was taken from.
func floor3(v float64) float64 {
	return float64(int64(v*1000+1e-9)) / 1000
}
