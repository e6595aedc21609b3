module example.com/lab/pushed

go 1.22
