// A plugin that returns an api.Greeter.
package main

import "example.com/lab/api"

type english struct{}

func (english) Greet(name string) string { return "hello, " + name }

func New() api.Greeter { return english{} }
