module example.com/lab

go 1.25

require github.com/ebitengine/purego v0.11.2
