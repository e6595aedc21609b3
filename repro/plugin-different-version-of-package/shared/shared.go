// Package shared is imported by both the host and the plugin.
package shared

func Version() string { return "v1" }
