// Package dep, release v1.1.0 (what the plugin was built with).
package dep

func Version() string { return "v1.1.0" }

func New() int { return 2 }
