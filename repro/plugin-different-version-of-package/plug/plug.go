package main

import "example.com/lab/shared"

func Version() string { return shared.Version() }
