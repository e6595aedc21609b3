// A plugin module built separately from the host, against its own copy of example.com/dep.
package main

import "example.com/dep"

func DepVersion() string { return dep.Version() }
