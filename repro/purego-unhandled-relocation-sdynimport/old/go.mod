module example.com/lab/old

go 1.19
