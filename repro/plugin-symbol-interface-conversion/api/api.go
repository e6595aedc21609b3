// Package api holds the interface that crosses the plugin boundary; host and plugin import it
// from the same module.
package api

type Greeter interface{ Greet(name string) string }
