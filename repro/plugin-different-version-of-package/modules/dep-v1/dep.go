// Package dep, release v1.0.0 (what the host is built with).
package dep

func Version() string { return "v1.0.0" }
