// Package common holds the code the program and the plugin share.
package common

func Greeting() string { return "hello from common" }
