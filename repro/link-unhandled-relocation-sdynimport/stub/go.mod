module example.com/lab/stub

go 1.19
