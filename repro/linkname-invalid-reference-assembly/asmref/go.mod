module example.com/lab/asmref

go 1.22
